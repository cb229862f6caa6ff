// A step-through control: first / back / play-pause / forward / last buttons around an Inputs.range
// scrubber. It behaves as one input (a `value` and "input" events), so `view(urlInput("step", stepper(...)))`
// mirrors the step in the URL and the presenter's arrow keys can drive it through `stepBy`.
import * as Inputs from "npm:@observablehq/inputs";
import {html} from "npm:htl";

/**
 * stepper({max, value, label, delay, describe}) → a form whose value is the current step, 0 … max.
 * `describe(step)` gives the words read next to the scrubber (and announced to screen readers).
 */
export function stepper({max, value = 0, label = "Step", delay = 900, describe = (i) => `${i} of ${max}`} = {}) {
  const clamp = (v) => Math.max(0, Math.min(max, Math.round(Number(v) || 0)));
  const range = Inputs.range([0, max], {step: 1, value: clamp(value), label});
  const status = html`<output class="pk-stepper-status" aria-live="polite"></output>`;
  const button = (text, title, onclick) => {
    const b = html`<button type="button" title=${title} aria-label=${title}>${text}</button>`;
    b.addEventListener("click", onclick);
    return b;
  };
  let timer = null;
  const form = html`<form class="pk-stepper" onsubmit=${(event) => event.preventDefault()}></form>`;
  const emit = () => form.dispatchEvent(new Event("input", {bubbles: true}));
  const set = (v) => {
    range.value = clamp(v);
    status.textContent = describe(range.value);
    emit();
  };
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = "Play";
    play.setAttribute("aria-label", "Play");
    play.title = "Play";
  };
  const play = button("Play", "Play", () => {
    if (timer !== null) return stop();
    if (range.value >= max) set(0);
    play.textContent = "Pause";
    play.setAttribute("aria-label", "Pause");
    play.title = "Pause";
    timer = setInterval(() => {
      if (!form.isConnected || range.value >= max) return stop();
      set(range.value + 1);
      if (range.value >= max) stop();
    }, delay);
  });
  const buttons = html`<div class="pk-stepper-buttons" role="group" aria-label="${label} controls">${[
    button("|◀", "First step", () => (stop(), set(0))),
    button("◀", "Step back", () => (stop(), set(range.value - 1))),
    play,
    button("▶", "Step forward", () => (stop(), set(range.value + 1))),
    button("▶|", "Last step", () => (stop(), set(max)))
  ]}</div>`;
  // The scrubber's own input events bubble up to the form: keep the status in step.
  range.addEventListener("input", () => (status.textContent = describe(range.value)));
  form.append(range, buttons, status);
  Object.defineProperty(form, "value", {
    get: () => range.value,
    set: (v) => {
      range.value = clamp(v);
      status.textContent = describe(range.value);
    }
  });
  /** Moves by ±1 (the presenter's arrow keys) and tells the page; false when already at the end. */
  form.stepBy = (delta) => {
    stop();
    const next = clamp(range.value + delta);
    if (next === range.value) return false;
    set(next);
    return true;
  };
  status.textContent = describe(range.value);
  return form;
}

export const stepperStyle = html`<style>
.pk-stepper { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
.pk-stepper-buttons { display: flex; gap: 0.25rem; }
.pk-stepper-buttons button { min-width: 2.4rem; min-height: 2rem; font: inherit; }
.pk-stepper-status { font: 13px var(--sans-serif); color: var(--theme-foreground-muted); }
</style>`;
