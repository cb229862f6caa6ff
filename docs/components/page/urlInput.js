// urlInput: an input mirrored in the URL, and shared with the other window of a presentation
// (see sync.js): every mirrored input is registered here by its key.
import {getParam, note, setDefault, setParam} from "./params.js";

/** key → {input, parse, format} for the inputs on the page now (the latest one per key). */
export const registry = new Map();
const changeListeners = new Set();

/** Calls `fn(key, formatted)` whenever a mirrored input changes by the reader's hand. */
export function onInputChange(fn) {
  changeListeners.add(fn);
  return () => changeListeners.delete(fn);
}

let applying = false;

/** Sets a mirrored input from its formatted value (a message from the other window) without echoing it back. */
export function applyInput(key, raw) {
  const entry = registry.get(key);
  if (!entry) return false;
  const {input, parse, format} = entry;
  if (format(input.value) === raw) return true;
  let value;
  try {
    value = parse(raw, input.value);
  } catch {
    return false;
  }
  if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) return false;
  applying = true;
  try {
    input.value = value;
    input.dispatchEvent(new Event("input", {bubbles: true}));
  } finally {
    applying = false;
  }
  return true;
}

function defaultFormat(value) {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === "object" && "name" in v ? v.name : String(v))).join(",");
  if (value && typeof value === "object" && "name" in value) return String(value.name);
  return value === null || value === undefined ? "" : String(value);
}

function defaultParse(raw, current) {
  // Plain decimal notation only: Number() would also take "0x4", " 4 " or "1e1" for 4, 4 and 10.
  if (typeof current === "number") return /^-?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : NaN;
  if (typeof current === "boolean") return raw === "true" || raw === "1" ? true : raw === "false" || raw === "0" ? false : undefined;
  if (Array.isArray(current)) return raw === "" ? [] : raw.split(",");
  return raw;
}

function rangeOf(input) {
  const range = input.querySelector?.("input[type=range]") ?? (input.type === "range" ? input : null);
  if (!range) return null;
  return {min: Number(range.min), max: Number(range.max), step: range.step === "any" ? null : Number(range.step)};
}

/** Options an Inputs.select / radio / checkbox offers, as formatted strings (null if not a choice input). */
function choicesOf(input) {
  const options = input.querySelectorAll?.("select option, input[type=radio], input[type=checkbox]");
  if (!options || options.length === 0) return null;
  return Array.from(options, (o) => (o.tagName === "OPTION" ? o.textContent : o.parentElement?.textContent ?? o.value).trim());
}

function acceptable(value, input, initial, valid) {
  if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) return false;
  if (valid) return valid(value, input);
  const r = rangeOf(input);
  if (r && typeof value === "number") {
    const off = r.step === null ? 0 : Math.abs((value - r.min) / r.step - Math.round((value - r.min) / r.step));
    if (!(value >= r.min && value <= r.max && off < 1e-9)) return false;
  }
  const choices = choicesOf(input);
  if (choices && !r && typeof initial !== "boolean") {
    const wanted = Array.isArray(value) ? value : [value];
    return wanted.every((w) => choices.includes(String(w)));
  }
  return true;
}

/**
 * Mirrors an input's value in the URL parameter `key`: on load, a valid parameter sets the input; an
 * invalid or out-of-range one is ignored with a visible note; every change is written back.
 * Returns the input, so `view(urlInput("k", Inputs.range(...)))` works as usual.
 * Options: `parse(raw, defaultValue)` → value (default: by the default value's type), `format(value)` → string,
 * `valid(value, input)` → boolean (default: within a range's bounds, or one of a select's, radio's or checkbox's
 * options — give choice inputs string options, or pass parse/format/valid).
 */
export function urlInput(key, input, {parse = defaultParse, format = defaultFormat, valid} = {}) {
  const initial = input.value;
  setDefault(key, format(initial));
  const raw = getParam(key);
  if (raw !== null && raw !== format(initial)) {
    let ok;
    try {
      const value = parse(raw, initial);
      ok = acceptable(value, input, initial, valid);
      if (ok) {
        input.value = value;
        ok = format(input.value) === format(value);
      }
    } catch {
      ok = false;
    }
    if (!ok) {
      input.value = initial;
      setParam(key, null);
      note(`The link asked for ${key} = “${raw}”, which this page can’t use; showing the default (${format(initial) || "none"}) instead.`);
    }
  }
  registry.set(key, {input, parse, format});
  input.addEventListener("input", () => {
    const formatted = format(input.value);
    setParam(key, formatted, {later: true});
    if (!applying) for (const fn of changeListeners) fn(key, formatted);
  });
  return input;
}
