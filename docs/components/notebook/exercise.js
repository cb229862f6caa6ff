// An exercise: the task, a code cell with the starter, hints revealed one at a time, a check run with
// every Run (its verdict leads the output), the solution on request, and Start over. Its state (hints
// shown, solved, solution seen) is saved in the browser with the cell's code.
import {codeCell} from "./codeCell.js";
import {load, remove, save} from "./storage.js";
import {notebookStyle} from "./style.js";

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A paragraph from text in which `backticks` mark code and **stars** strong words (no HTML is parsed). */
export function prose(text, tag = "p") {
  const p = el(tag);
  String(text)
    .split("`")
    .forEach((part, i) => {
      if (i % 2) p.append(el("code", "", part));
      else part.split("**").forEach((t, j) => t && p.append(j % 2 ? el("strong", "", t) : t));
    });
  return p;
}

const blank = () => ({hints: 0, solved: false, solution: false, runs: 0});

/**
 * exercise(definition, {number}) → element, for a definition from exercises/<lesson>.js:
 * {id, title, prompt: string[], starter, hints: string[], solution, check(value, {lib, aq, data})}.
 */
export function exercise(def, {number = 1} = {}) {
  notebookStyle();
  const key = `exercise:${def.id}`;
  let state = {...blank(), ...load(key, {})};
  const root = el("section", "pk-exercise");
  root.id = `exercise-${def.id}`;
  root.dataset.exercise = def.id;
  const heading = el("h3", "", `Exercise ${number} · ${def.title}`);
  const badge = el("span", "pk-exercise-state");
  heading.append(badge);
  root.append(heading, ...def.prompt.map((t) => prose(t)));

  const cell = codeCell({
    id: `exercise-${def.id}`,
    code: def.starter,
    label: `Code for exercise ${number}: ${def.title}`,
    exercise: def.id,
    onResult(result) {
      state = {...state, runs: state.runs + 1, solved: state.solved || Boolean(result.verdict?.ok)};
      persist();
    }
  });

  const tools = el("div", "pk-cell-bar");
  const hintButton = el("button", "pk-hint-button");
  hintButton.type = "button";
  const solutionButton = el("button", "pk-solution-button", "Show the solution");
  solutionButton.type = "button";
  const startOver = el("button", "pk-start-over", "Start over");
  startOver.type = "button";
  startOver.title = "Starter code back, hints hidden, solution hidden";
  tools.append(hintButton, solutionButton, startOver);
  const hints = el("ol", "pk-hints");
  hints.setAttribute("aria-live", "polite");
  hints.setAttribute("aria-label", `Hints for exercise ${number}`);
  const solution = el("div", "pk-solution");
  solution.append(el("p", "", "One solution (yours can differ and still be right — the check decides):"), el("pre", "", def.solution));
  root.append(cell, tools, hints, solution);

  function persist() {
    save(key, state);
    draw();
  }
  function draw() {
    badge.textContent = state.solved ? " — solved ✓" : "";
    hints.replaceChildren(...def.hints.slice(0, state.hints).map((h) => prose(h, "li")));
    hints.hidden = state.hints === 0;
    const left = def.hints.length - state.hints;
    hintButton.textContent = left > 0 ? `Show a hint (${state.hints + 1} of ${def.hints.length})` : "No more hints";
    hintButton.disabled = left === 0;
    solution.hidden = !state.solution;
    solutionButton.textContent = state.solution ? "Hide the solution" : "Show the solution";
    solutionButton.setAttribute("aria-expanded", String(state.solution));
  }
  hintButton.onclick = () => {
    state = {...state, hints: Math.min(def.hints.length, state.hints + 1)};
    persist();
  };
  solutionButton.onclick = () => {
    state = {...state, solution: !state.solution};
    persist();
  };
  startOver.onclick = () => {
    state = blank();
    remove(key);
    cell.reset();
    draw();
  };
  addEventListener("pk-work-changed", () => {
    state = {...blank(), ...load(key, {})};
    draw();
  });
  draw();
  return root;
}

/** All exercises of a lesson, numbered, in one element. */
export function exercises(definitions) {
  const root = el("div", "pk-exercises");
  definitions.forEach((def, i) => root.append(exercise(def, {number: i + 1})));
  return root;
}
