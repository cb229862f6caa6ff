// The student's notes per segment, kept in the browser (localStorage) and exportable as Markdown.
// A note belongs to a group of customers, not to a cluster number: the key is the sorted member
// names, so the same group found again (another k, linkage or scaling) brings its note back.
// Storage can be blocked (private modes, policies) or full: every access is guarded, notes stay in
// memory for the session, and the page says what happened.

export const storageKey = "pattern-kitchen:assignment-notes:v1";

/** The key of a segment's note: its members' names, sorted, joined by " | ". */
export function segmentKey(names) {
  return [...names].sort().join(" | ");
}

let store = null;

function storage() {
  try {
    return window.localStorage; // the getter itself throws a SecurityError when storage is blocked
  } catch {
    return null;
  }
}

/** The notes of this browser (one store per page load), with `status` saying whether they persist. */
export function notesStore() {
  if (store) return store;
  const notes = new Map();
  let status = {ok: true, message: ""};
  const ls = storage();
  if (!ls) {
    status = {ok: false, message: "This browser blocks storage for this site, so your notes live only until you leave the page. Export them as Markdown before you go."};
  } else {
    try {
      const raw = ls.getItem(storageKey);
      if (raw) {
        const parsed = JSON.parse(raw);
        if (!parsed || typeof parsed.notes !== "object") throw new Error("unexpected shape");
        for (const [key, text] of Object.entries(parsed.notes)) if (typeof text === "string") notes.set(key, text);
      }
    } catch (error) {
      status = {ok: false, message: `Saved notes could not be read (${error.message}); starting with empty notes. Your next edit will replace them.`};
    }
  }
  const listeners = new Set();
  store = {
    get status() {
      return status;
    },
    get(key) {
      return notes.get(key) ?? "";
    },
    entries() {
      return Array.from(notes.entries()).filter(([, text]) => text.trim() !== "");
    },
    /** Keeps the text in memory and tries to persist it; returns the new status. */
    set(key, text) {
      if (text.trim() === "") notes.delete(key);
      else notes.set(key, text);
      const ls = storage();
      if (!ls) {
        status = {ok: false, message: "This browser blocks storage for this site, so your notes live only until you leave the page. Export them as Markdown before you go."};
      } else {
        try {
          ls.setItem(storageKey, JSON.stringify({version: 1, saved: new Date().toISOString(), notes: Object.fromEntries(notes)}));
          status = {ok: true, message: `Saved in this browser at ${new Date().toLocaleTimeString([], {hour: "2-digit", minute: "2-digit", second: "2-digit"})}.`};
        } catch (error) {
          const full = error && (error.name === "QuotaExceededError" || error.code === 22);
          status = {
            ok: false,
            message: full
              ? "This browser's storage for the site is full, so the latest edit was not saved. Export your notes as Markdown now, or shorten them."
              : `Your notes could not be saved (${error.message}). Export them as Markdown before you leave.`
          };
        }
      }
      for (const fn of listeners) fn(status);
      return status;
    },
    onStatus(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    }
  };
  return store;
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "–");

/**
 * The notes as a Markdown document (plain text: nothing is interpreted as HTML here).
 * segments: [{number, members: string[], note, name?, summary?: [{column, mean, min, max}]}]
 */
export function notesMarkdown({settings, segments, otherNotes = [], checklist = [], date = new Date()}) {
  const lines = ["# Food-delivery customer segments: my notes", "", `Exported ${date.toISOString().slice(0, 16).replace("T", " ")} UTC from Pattern Kitchen.`, "", "## Settings", ""];
  for (const [key, value] of Object.entries(settings)) lines.push(`- ${key}: ${value}`);
  for (const s of segments) {
    lines.push("", `## Segment ${s.number}${s.name ? `: ${s.name}` : ""}`, "", `Customers (${s.members.length}): ${s.members.join(", ")}`, "");
    if (s.summary?.length) {
      lines.push("| feature | mean | min | max |", "|---|---|---|---|");
      for (const c of s.summary) lines.push(`| ${c.column} | ${fmt(c.mean)} | ${fmt(c.min)} | ${fmt(c.max)} |`);
      lines.push("");
    }
    lines.push("### My notes", "", s.note.trim() === "" ? "_(no notes yet)_" : s.note.trim());
  }
  if (otherNotes.length) {
    lines.push("", "## Notes on groupings not shown above", "");
    for (const [key, text] of otherNotes) lines.push(`### ${key}`, "", text.trim(), "");
  }
  if (checklist.length) {
    lines.push("", "## Evaluation checklist", "");
    for (const {label, done} of checklist) lines.push(`- [${done ? "x" : " "}] ${label}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * A download link whose file is built when it is clicked (so it always holds the latest notes),
 * from a Blob: `content()` returns the text.
 */
export function downloadLink(label, filename, content, type = "text/markdown") {
  const a = document.createElement("a");
  a.className = "pk-download";
  a.textContent = label;
  a.download = filename;
  a.href = "#";
  let url = null;
  a.addEventListener("click", () => {
    if (url) URL.revokeObjectURL(url);
    url = URL.createObjectURL(new Blob([content()], {type: `${type};charset=utf-8`}));
    a.href = url;
  });
  return a;
}
