// Shared page behaviour for every route: inputs mirrored in the URL (shareable state), a "copy link"
// control, presenter mode as slides with a speaker view in a second window, the current parameters
// printed on paper, and offline support (service worker, registered in built sites only). The parts
// live in ./page/; this file re-exports them and installs the page tools once.
// Everything is built with DOM methods and textContent: no data is ever parsed as HTML.
import {onParams, paramEntries} from "./page/params.js";
import {arrow, isPresenting} from "./page/present.js";
import {queueRepair, repair} from "./page/repair.js";
import {installSpeaker, openSpeaker} from "./page/speaker.js";
import {togglePresenting, toolbar} from "./page/toolbar.js";

export {getParam, setParam} from "./page/params.js";
export {urlInput} from "./page/urlInput.js";
export {instructorNotes, revealButton} from "./page/notes.js";
export {isPresenting, isSpeaker, onStep} from "./page/present.js";
export {chartScale, equalDomains, equalFrame, slideHeight, slidePlot} from "./page/slidePlot.js";
export {lazyResize} from "./page/lazyResize.js";

const HIDDEN_PARAMS = new Set(["present", "slide", "speaker"]);

function printedParams() {
  const p = document.createElement("p");
  p.className = "pk-print-params";
  const update = () => {
    const entries = paramEntries().filter(([k]) => !HIDDEN_PARAMS.has(k));
    p.textContent = entries.length ? `Parameters: ${entries.map(([k, v]) => `${k} = ${v}`).join(" · ")}` : "Parameters: the page’s defaults";
  };
  onParams(update);
  update();
  return p;
}

function isTyping(el) {
  if (!el || !el.tagName) return false;
  if (el.isContentEditable || el.closest?.(".cm-editor")) return true;
  const tag = el.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !["button", "checkbox", "radio", "submit", "range"].includes(el.type);
  return false;
}

function onKey(event) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (isTyping(event.target)) return;
  const key = event.key;
  if (key === "p" || key === "P") {
    togglePresenting();
    event.preventDefault();
  } else if (key === "s" || key === "S") {
    if (!isPresenting()) togglePresenting(true);
    openSpeaker();
    event.preventDefault();
  } else if (!isPresenting()) {
    return;
  } else if (key === "ArrowRight" || key === "ArrowLeft") {
    if (event.target?.type === "range") return; // a focused slider keeps its own arrow keys
    arrow(key === "ArrowRight" ? 1 : -1);
    event.preventDefault();
  } else if (key === "PageDown" || key === "PageUp") {
    const link = document.querySelector(`#observablehq-footer nav a[rel=${key === "PageDown" ? "next" : "prev"}]`);
    if (link) {
      const url = new URL(link.href);
      url.searchParams.set("present", "1");
      location.href = url.href;
      event.preventDefault();
    }
  }
}

function install() {
  if (root.dataset.pkPage) return;
  root.dataset.pkPage = "1";
  if (!root.lang) root.lang = "en";
  const toggle = document.querySelector("#observablehq-sidebar-toggle");
  if (toggle) toggle.setAttribute("aria-label", "Show or hide the sidebar");
  for (const ol of document.querySelectorAll("#observablehq-sidebar > ol")) ol.setAttribute("role", "none");
  repair(document);
  new MutationObserver(queueRepair).observe(document.body, {childList: true, subtree: true});
  const main = document.querySelector("#observablehq-main");
  const params = new URLSearchParams(location.search);
  if (params.get("speaker") === "1") root.classList.add("pk-speaker");
  if (main) {
    main.before(toolbar());
    main.prepend(printedParams());
  }
  if (params.get("speaker") === "1") installSpeaker();
  if (params.get("present") === "1") togglePresenting(true);
  document.addEventListener("keydown", onKey);
  // Keep the presenter flag on the pager links so a room stays in presenter mode from lesson to lesson.
  document.addEventListener("click", (event) => {
    const a = event.target?.closest?.("#observablehq-footer a, #observablehq-sidebar a");
    if (a && isPresenting()) {
      const url = new URL(a.href);
      url.searchParams.set("present", "1");
      url.searchParams.delete("slide");
      a.href = url.href;
    }
  });
  const sw = document.querySelector('meta[name="pk-service-worker"]');
  if (sw && "serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register(sw.getAttribute("content"), {scope: "./"}).catch(() => {});
  }
}

const root = document.documentElement;
install();
