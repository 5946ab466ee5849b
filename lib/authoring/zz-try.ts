import { benchReadDocx, benchReanchor } from "./bench";
(async () => {
  const r = []; for (let i = 0; i < 10; i++) { const b = benchReanchor(); r.push(`${b.ms.toFixed(0)}/${b.cpuMs.toFixed(0)}`); }
  console.log("reanchor wall/cpu ms", r.join(" "));
  for (let i = 0; i < 3; i++) console.log("docx", JSON.stringify(await benchReadDocx()));
})();
