// "Your work": where a learner's code and exercise progress are kept, with Export (one JSON file of all
// work on every page), Import (that file, on another machine) and Start over (everything).
import {clearWork, exportWork, importWork, keys, onStorageProblem, parseWork} from "./storage.js";
import {notebookStyle} from "./style.js";

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(text, className) {
  const b = el("button", className, text);
  b.type = "button";
  return b;
}

/** The work panel (one per page). */
export function workPanel() {
  notebookStyle();
  const root = el("section", "pk-work-panel");
  root.setAttribute("aria-label", "Your work");
  const intro = el("p", "", "Your code and exercise progress are saved in this browser as you type, on every page of the course. Export them to one file to keep or move to another computer.");
  const bar = el("div", "pk-cell-bar");
  const exportButton = button("Export all work", "pk-export");
  const importButton = button("Import work…", "pk-import");
  const file = Object.assign(el("input"), {type: "file", accept: ".json,application/json", hidden: true});
  file.setAttribute("aria-label", "Work file to import");
  const clearButton = button("Start over everywhere", "pk-clear");
  const message = el("p", "pk-work-message");
  message.setAttribute("role", "status");
  bar.append(exportButton, importButton, clearButton);
  root.append(file);
  root.append(intro, bar, message);
  onStorageProblem((text) => (message.textContent = text));

  let confirming = false;
  exportButton.onclick = () => {
    const work = exportWork();
    const n = Object.keys(work.work).length;
    const blob = new Blob([JSON.stringify(work, null, 1)], {type: "application/json"});
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = `pattern-kitchen-work-${work.saved.slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    message.textContent = n === 0 ? "Nothing saved yet: the file is empty." : `Exported ${n} saved item${n === 1 ? "" : "s"} (code cells and exercises).`;
  };
  importButton.onclick = () => file.click();
  file.onchange = async () => {
    const f = file.files?.[0];
    file.value = "";
    if (!f) return;
    try {
      if (f.size > 5_000_000) throw new Error(`This file is ${(f.size / 1e6).toFixed(1)} MB; a work file is far smaller. Was it the right file?`);
      const work = parseWork(await f.text());
      const written = importWork(work);
      message.textContent = `Imported ${written} saved item${written === 1 ? "" : "s"} from ${f.name}; the cells on this page now show it.`;
    } catch (error) {
      message.textContent = `Nothing imported: ${error.message}`;
    }
  };
  clearButton.onclick = () => {
    if (!confirming) {
      confirming = true;
      clearButton.textContent = `Really forget all ${keys().length} saved items? Click again`;
      setTimeout(() => {
        confirming = false;
        clearButton.textContent = "Start over everywhere";
      }, 6000);
      return;
    }
    confirming = false;
    clearButton.textContent = "Start over everywhere";
    clearWork();
    message.textContent = "All saved work is forgotten; every cell shows its starter code again.";
  };
  return root;
}
