// The speaker view: a second window of the same lesson (?present=1&speaker=1) that shows the current
// slide (live: its inputs move the room's), a panel with the slide count, a timer, the instructor
// notes and the next slide's heading and opening lines. Kept in step with the room's window through
// sync.js. Built with DOM methods and textContent only.
import {isPresenting, onSlideChange, slideNodes, slideTitle} from "./present.js";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Opens (or focuses) the speaker window for this lesson at the current state. */
export function openSpeaker() {
  const url = new URL(location.href);
  url.searchParams.set("present", "1");
  url.searchParams.set("speaker", "1");
  return window.open(url.href, `pk-speaker:${location.pathname}`, "popup,width=1440,height=900");
}

function clock(start) {
  const s = Math.floor((Date.now() - start) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** A few lines of the next slide, as text: its heading, then its paragraphs and list items. */
function preview(nodes) {
  const lines = [];
  for (const node of nodes) {
    if (node.classList?.contains("pk-instructor-notes")) continue;
    const texts = node.matches?.("p, li, h3") ? [node] : Array.from(node.querySelectorAll?.(":scope > p, :scope > ul > li, :scope > ol > li, :scope > h3") ?? []);
    for (const t of texts) if (!t.closest(".pk-instructor-notes")) lines.push(t.textContent.replace(/\s+/g, " ").trim());
    if (lines.join(" ").length > 360) break;
  }
  const text = lines.filter(Boolean).join(" ");
  return text.length > 360 ? `${text.slice(0, 357)}…` : text;
}

/** Builds the speaker's panel (once) and keeps it up to date. */
export function installSpeaker() {
  const panel = el("aside", "pk-speaker-panel");
  panel.setAttribute("aria-label", "Speaker view");
  const top = el("div", "pk-speaker-top");
  const timer = el("span", "pk-speaker-timer", "00:00");
  timer.setAttribute("role", "timer");
  const reset = el("button", "", "Restart timer");
  reset.type = "button";
  let start = Date.now();
  reset.addEventListener("click", () => {
    start = Date.now();
    timer.textContent = clock(start);
  });
  top.append(el("strong", "", "Speaker view"), timer, reset);
  const now = el("p", "pk-speaker-now");
  const notes = el("div", "pk-speaker-notes");
  const nextTitle = el("p", "pk-speaker-next-title");
  const nextText = el("p", "pk-speaker-next-text");
  const next = el("section", "pk-speaker-next");
  next.append(el("h3", "", "Next slide"), nextTitle, nextText);
  panel.append(top, now, notes, next);
  document.body.append(panel);

  let shownNotes = null;
  const fillNotes = () => {
    const items = Array.from(document.querySelectorAll("#observablehq-main .pk-instructor-notes li"), (li) => li.textContent);
    const key = items.join("\n");
    if (key === shownNotes) return;
    shownNotes = key;
    const ul = el("ul");
    for (const text of items) ul.append(el("li", "", text));
    notes.replaceChildren(el("h3", "", "Instructor notes"), items.length ? ul : el("p", "", "No notes for this lesson."));
  };
  let state = {index: 0, count: 0};
  const update = () => {
    if (!isPresenting()) return;
    const {index, count} = state;
    now.textContent = `Slide ${index + 1} of ${count}: ${slideTitle(index)}`;
    nextTitle.textContent = index + 1 < count ? slideTitle(index + 1) : "(end of the lesson)";
    nextText.textContent = index + 1 < count ? preview(slideNodes(index + 1)) : "";
    fillNotes();
  };
  onSlideChange((s) => {
    state = s;
    update();
  });
  // Cells (the notes among them) render after the page loads: refresh with the clock.
  setInterval(() => {
    timer.textContent = clock(start);
    update();
  }, 1000);
}
