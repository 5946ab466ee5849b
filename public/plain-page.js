// What React does on the other pages, for the study and practice pages, which ship no framework (see
// pages/sets/[setId]/study.tsx and practice.tsx): the browser's time zone in [data-browser-time-zone] fields, focus where the page says ([data-autofocus]), a submit button that says
// it is working (data-pending-label, as components/ui/pending-button.tsx), and the bar and "Loading…" while
// a link's page loads (components/plain-navigation-status.tsx).
(function () {
  var target = document.querySelector("[data-autofocus]");
  if (target) target.focus();

  // The browser's time zone for forms that start a guest (components/browser-time-zone-input.tsx).
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    zone = "";
  }
  document.querySelectorAll("input[data-browser-time-zone]").forEach(function (input) {
    input.value = zone;
  });

  var bar = document.querySelector("[data-navigation-bar]");
  var status = document.querySelector("[data-navigation-status]");
  var idleClass = status ? status.className : "";
  var pending = [];

  function loading(on) {
    if (bar) bar.hidden = !on;
    if (status) {
      status.className = on ? status.dataset.loadingClass : idleClass;
      status.textContent = on ? "Loading…" : "";
    }
  }

  document.addEventListener("click", function (event) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link || link.target || link.hasAttribute("download")) return;
    var to = new URL(link.href, location.href);
    if (to.origin !== location.origin || to.pathname.indexOf("/api/") === 0) return;
    if (to.pathname === location.pathname && to.search === location.search) return;
    loading(true);
  });

  document.addEventListener("submit", function (event) {
    // Enter in a field (or the study keys' requestSubmit) sends the form without a submitter.
    var button =
      event.submitter ||
      (event.target instanceof HTMLFormElement ? event.target.querySelector("button[data-pending-label]") : null);
    if (event.defaultPrevented || !button || !button.dataset.pendingLabel) return;
    // After the browser has read the form: a disabled button's name and value would not be sent.
    setTimeout(function () {
      pending.push([button, button.innerHTML]);
      button.textContent = button.dataset.pendingLabel;
      button.disabled = true;
    }, 0);
  });

  // Back to this page from the browser's cache: nothing is loading any more.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    loading(false);
    pending.splice(0).forEach(function (entry) {
      entry[0].innerHTML = entry[1];
      entry[0].disabled = false;
    });
  });
})();
