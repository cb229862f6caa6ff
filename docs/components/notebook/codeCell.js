// A code cell: an editor, Run (Shift-Enter) and Reset buttons, and an output area read out politely to
// screen readers. The code runs in the page's code worker (runner.js); what comes back is drawn by
// render.js. The cell's code is saved in the browser as it is typed (storage.js).
import {createEditor, setCode} from "./editor.js";
import {run, timeLimit, warm} from "./runner.js";
import {chart, summary, view} from "./render.js";
import {load, save, onStorageProblem} from "./storage.js";
import {notebookStyle} from "./style.js";

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function logLine({level, parts}) {
  const line = el("div", `pk-nb-log pk-nb-${level}`);
  parts.forEach((p, i) => {
    if (i > 0) line.append(" ");
    if (p.type === "string") line.append(p.value);
    else if (p.type === "array" || p.type === "object" || p.type === "table" || p.type === "matrix") line.append(view(p));
    else line.append(summary(p));
  });
  return line;
}

/** A chart, or a line saying why it could not be drawn (a drawing problem never hides the rest). */
function safeChart(spec, width) {
  try {
    const figure = el("div", "pk-nb-chart");
    figure.append(chart(spec, width - 24));
    return figure;
  } catch (error) {
    return el("p", "pk-nb-more", `(no chart: ${error.message})`);
  }
}

/** The problem box for an error or a stopped run. */
function problem(title, text) {
  const box = el("div", "pk-nb-problem");
  box.append(el("strong", "", title), " ", text);
  return box;
}

/**
 * Draws a run's result into `output`: the exercise's verdict first, then what was printed and shown in
 * order, then the value of the last expression with a chart when it is a library result, or the error.
 */
export function renderResult(output, result, {width = output.clientWidth || 640} = {}) {
  const nodes = [];
  if (result.verdict) {
    const v = el("div", `pk-verdict ${result.verdict.ok ? "pk-verdict-right" : "pk-verdict-wrong"}`);
    const text = String(result.verdict.message);
    v.append(el("strong", "", result.verdict.ok ? "✓ Right. " : "✗ Not yet. "), text.charAt(0).toUpperCase() + text.slice(1));
    nodes.push(v);
  }
  if (result.stopped) {
    nodes.push(problem(`Stopped after ${timeLimit} seconds.`, "Your code was still running, so it was stopped — a loop that never ends? The page kept working; change the code and press Run again."));
  }
  for (const entry of result.entries ?? []) {
    if (entry.type === "log") nodes.push(logLine(entry));
    else if (entry.type === "chart") nodes.push(safeChart(entry.chart, width));
    else if (entry.type === "value") nodes.push(view(entry.value));
  }
  if (result.error) {
    const where = result.error.line ? `on line ${result.error.line}` : "";
    nodes.push(problem(`${result.error.name} ${where}:`.replace(" :", ":"), result.error.message));
  } else if (result.value && result.value.type !== "undefined") {
    nodes.push(view(result.value));
    if (result.chart) nodes.push(safeChart(result.chart, width));
  }
  if (!result.verdict && !result.stopped && !result.error && nodes.length === 0) {
    nodes.push(el("p", "pk-nb-more", "Done; nothing to show. End the cell with an expression (like a variable's name) to see its value."));
  }
  output.replaceChildren(...nodes);
}

// Cells within a screen's height of the screen get their editors.
const nearby = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) entry.target.ensureEditor?.();
  },
  {rootMargin: "100% 0px"}
);

/**
 * codeCell({id, code, label, exercise, onResult}) → element
 * - id: stable name the cell's work is saved under ("kmeans-try-1")
 * - code: the starter code (Reset puts it back)
 * - label: what the editor is called for screen readers
 * - exercise: id of the exercise whose check judges the last value, or null
 * - onResult(result): called after each run (exercises keep their state with it)
 */
export function codeCell({id, code: starter = "", label = "Code cell", exercise = null, onResult = () => {}} = {}) {
  notebookStyle();
  const root = el("section", "pk-cell");
  root.dataset.cell = id;
  root.setAttribute("aria-label", label);
  const editorHost = el("div", "pk-cell-editor");
  const bar = el("div", "pk-cell-bar");
  const runButton = el("button", "pk-run", "Run");
  runButton.type = "button";
  const resetButton = el("button", "pk-reset", "Reset");
  resetButton.type = "button";
  resetButton.title = "Put the starter code back (Undo brings yours back)";
  const status = el("span", "pk-cell-status", "Shift-Enter runs · Escape then Tab leaves the editor");
  const output = el("div", "pk-cell-output");
  output.setAttribute("aria-live", "polite");
  output.setAttribute("aria-label", `Output of ${label}`);
  output.setAttribute("role", "region");
  bar.append(runButton, resetButton, status);
  root.append(editorHost, bar, output);

  const key = `cell:${id}`;
  let saveTimer = null;
  const saveNow = (code) => {
    clearTimeout(saveTimer);
    saveTimer = null;
    if (code === starter) save(key, {code, starter: true});
    else save(key, {code});
  };
  // The editor is made when the cell comes near the screen (or is used): a lesson's exercises sit at
  // the bottom of a long page, and making their editors at load was a fifth of a throttled load.
  // Until then the code is shown as text, which also prints.
  const placeholder = el("pre", "pk-cell-placeholder", load(key)?.code ?? starter);
  placeholder.tabIndex = 0;
  placeholder.setAttribute("aria-label", `${label} (press Enter to edit)`);
  editorHost.append(placeholder);
  let editor = null;
  const ensureEditor = () => {
    if (editor) return editor;
    nearby.unobserve(root);
    warm();
    placeholder.remove();
    editor = createEditor(editorHost, {
      doc: load(key)?.code ?? starter,
      label,
      onRun: () => runCode(),
      onChange: (code) => {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => saveNow(code), 250);
      }
    });
    return editor;
  };
  root.ensureEditor = ensureEditor;
  nearby.observe(root);
  placeholder.addEventListener("focus", () => ensureEditor().focus());
  placeholder.addEventListener("click", () => ensureEditor().focus());
  onStorageProblem((message) => {
    status.textContent = message;
    status.classList.add("pk-error");
  });

  let running = false;
  async function runCode() {
    if (running) return;
    running = true;
    runButton.disabled = true;
    runButton.textContent = "Running…";
    const code = ensureEditor().state.doc.toString();
    saveNow(code);
    try {
      const result = await run(code, {exercise});
      renderResult(output, result);
      onResult(result);
    } catch (error) {
      output.replaceChildren(problem("Could not run:", error.message));
    } finally {
      running = false;
      runButton.disabled = false;
      runButton.textContent = "Run";
    }
  }
  runButton.onclick = () => runCode();
  resetButton.onclick = () => {
    setCode(ensureEditor(), starter);
    saveNow(starter);
    output.replaceChildren();
  };
  addEventListener("pk-work-changed", () => {
    const code = load(key)?.code ?? starter;
    if (!editor) placeholder.textContent = code;
    else if (code !== editor.state.doc.toString()) setCode(editor, code);
    output.replaceChildren();
  });

  root.run = runCode;
  root.reset = () => resetButton.onclick();
  Object.defineProperty(root, "editor", {get: ensureEditor});
  return root;
}
