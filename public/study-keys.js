// Keyboard shortcuts of the study and practice pages, layered on forms that work without them: digits
// pick an option or a grade, Enter submits or moves on, Space flips a card, U undoes, ? lists the keys.
// Plain JavaScript, because the study and practice pages ship no framework (see pages/sets/[setId]/study.tsx
// and practice.tsx). It acts only while the page shows the shortcuts' note
// (components/study/study-shortcuts.tsx), so one listener serves every page the App Router moves through.
(function () {
  if (window.footnoteStudyKeys) return;
  window.footnoteStudyKeys = true;

  function click(selector) {
    var element = document.querySelector(selector);
    if (element) element.click();
    return Boolean(element);
  }

  function toggleShortcuts() {
    var dialog = document.getElementById("study-shortcuts");
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (!document.querySelector("[data-study-keys]")) return;
    var target = event.target;
    var typing = target instanceof Element && target.matches("input[type=text], textarea");
    if (event.key === "?" && !typing) return toggleShortcuts();
    if (typing || (target instanceof Element && target.closest("dialog"))) return;
    if (/^[1-9]$/.test(event.key)) {
      var choice = document.querySelector('[data-choice="' + event.key + '"]');
      if (choice) {
        choice.checked = true;
        choice.focus();
      } else click('[data-grade="' + event.key + '"]');
      return;
    }
    var key = event.key.toLowerCase();
    if (key === "u" && click('[data-shortcut="undo"]')) event.preventDefault();
    else if (key === " " && click('[data-shortcut="flip"]')) event.preventDefault();
    else if (key === "enter" && !(target instanceof Element && target.matches("button, a, summary"))) {
      var form = document.querySelector("form[data-study-form]");
      if (form) form.requestSubmit();
      else if (!click('[data-shortcut="next"]')) return;
      event.preventDefault();
    }
  });
})();
