// The page tools above every page: copy link, presenter mode, speaker view, print, and (presenting)
// the slide counter with previous/next buttons.
import {arrow, isPresenting, onSlideChange, setPresenting} from "./present.js";
import {openSpeaker} from "./speaker.js";

function button(text, title, onclick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  if (title) b.title = title;
  b.addEventListener("click", onclick);
  return b;
}

let presentButton = null;

/** Presenter mode on or off, with the toolbar's button kept in step. */
export function togglePresenting(on = !isPresenting()) {
  setPresenting(on);
  presentButton?.setAttribute("aria-pressed", String(on));
}

export function toolbar() {
  const bar = document.createElement("div");
  bar.className = "pk-toolbar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Page tools");
  const status = document.createElement("span");
  status.className = "pk-toolbar-status";
  status.setAttribute("role", "status");
  const copy = button("Copy link", "Copy a link to this exact view (all parameters included)", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = "Link copied";
    } catch {
      status.textContent = location.href; // no clipboard permission: show it to copy by hand
    }
    setTimeout(() => (status.textContent = ""), 4000);
  });
  presentButton = button("Presenter mode", "Slides, one section each: ←/→ step and change slide, Page Up/Down change lesson; P toggles", () => togglePresenting());
  presentButton.setAttribute("aria-pressed", String(isPresenting()));
  const speaker = button("Speaker view", "Open the instructor's window: notes, next slide, timer; kept in step with this one (key S)", () => {
    if (!isPresenting()) togglePresenting(true);
    openSpeaker();
  });
  speaker.className = "pk-speaker-button";
  const print = button("Print", "", () => window.print());
  const nav = document.createElement("span");
  nav.className = "pk-slide-nav";
  const counter = document.createElement("span");
  counter.className = "pk-slide-counter";
  counter.setAttribute("aria-live", "polite");
  nav.append(button("◀", "Previous (←)", () => arrow(-1)), counter, button("▶", "Next (→)", () => arrow(1)));
  for (const b of nav.querySelectorAll("button")) b.setAttribute("aria-label", b.title);
  onSlideChange(({index, count, key}) => {
    counter.textContent = `Slide ${index + 1} of ${count}`;
    counter.dataset.slide = key; // the URL's name for it: "section" or "section.part"
  });
  bar.append(copy, presentButton, speaker, print, nav, status);
  return bar;
}
