// The written part of the coding assignment: one marketing message per segment, typed by the learner
// and kept with the rest of their work (notebook/storage.js, so Export and Import carry it).
import {load, save} from "../notebook/storage.js";

const el = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/**
 * messageNotes({segments}) → element: a text area per segment (0 … segments − 1), saved under
 * "note:assignment-message-<c>" as it is typed.
 */
export function messageNotes({segments = 4} = {}) {
  const root = el("div", "pk-message-notes");
  const read = () => {
    for (const area of root.querySelectorAll("textarea")) area.value = load(area.dataset.key)?.text ?? "";
  };
  for (let c = 0; c < segments; ++c) {
    const key = `note:assignment-message-${c}`;
    const box = el("label", "pk-message-note");
    const area = el("textarea");
    area.rows = 3;
    area.dataset.key = key;
    area.placeholder = "Who they are, in one line of their numbers; then the message: what you offer, when, and how.";
    area.addEventListener("input", () => save(key, {text: area.value}));
    box.append(el("strong", "", `Segment ${c}`), area);
    root.append(box);
  }
  read();
  addEventListener("pk-work-changed", read);
  return root;
}
