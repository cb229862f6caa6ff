// The code editor of a cell: CodeMirror 6 with JavaScript, line numbers, bracket matching, undo and
// history (basicSetup), colours from the page's theme (light and dark), a label for screen readers,
// Shift-Enter to run, and Tab indenting only until Escape is pressed (then Tab leaves the editor,
// CodeMirror's documented escape from its tab trap).
import {EditorView, basicSetup} from "npm:codemirror";
import {keymap} from "npm:@codemirror/view";
import {EditorState, Prec} from "npm:@codemirror/state";
import {indentWithTab} from "npm:@codemirror/commands";
import {javascript} from "npm:@codemirror/lang-javascript";
import {HighlightStyle, syntaxHighlighting} from "npm:@codemirror/language";
import {tags} from "npm:@lezer/highlight";

// Token colours are CSS variables set for light and dark in style.js (contrast ≥ 4.5 on both backgrounds).
const highlight = HighlightStyle.define([
  {tag: [tags.keyword, tags.controlKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "var(--pk-code-keyword)"},
  {tag: [tags.string, tags.special(tags.string), tags.regexp], color: "var(--pk-code-string)"},
  {tag: [tags.number, tags.bool, tags.null, tags.atom], color: "var(--pk-code-number)"},
  {tag: [tags.comment, tags.lineComment, tags.blockComment], color: "var(--pk-code-comment)", fontStyle: "italic"},
  {tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: "var(--pk-code-function)"},
  {tag: [tags.propertyName, tags.definition(tags.variableName)], color: "var(--pk-code-property)"}
]);

const theme = EditorView.theme({
  "&": {color: "var(--theme-foreground)", backgroundColor: "var(--pk-code-background)", fontSize: "var(--pk-code-size, 14px)"},
  ".cm-content": {caretColor: "var(--theme-foreground)", fontFamily: "var(--monospace, ui-monospace, monospace)"},
  ".cm-gutters": {backgroundColor: "var(--pk-code-background)", color: "var(--theme-foreground-muted)", borderRight: "1px solid var(--theme-foreground-faintest)"},
  ".cm-activeLine, .cm-activeLineGutter": {backgroundColor: "var(--pk-code-active)"},
  "&.cm-focused": {outline: "2px solid var(--theme-foreground-focus)"},
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {backgroundColor: "var(--pk-code-selection)"},
  "&.cm-focused .cm-cursor": {borderLeftColor: "var(--theme-foreground)"},
  ".cm-matchingBracket": {backgroundColor: "var(--pk-code-selection)", outline: "1px solid var(--theme-foreground-muted)"},
  ".cm-tooltip": {backgroundColor: "var(--theme-background-alt)", color: "var(--theme-foreground)"}
});

/**
 * createEditor(parent, {doc, label, onRun, onChange}) → EditorView.
 * - label: accessible name of the editing area ("Code of exercise 1: …")
 * - onRun(): called on Shift-Enter (and Ctrl/Cmd-Enter)
 * - onChange(text): called after each edit
 */
export function createEditor(parent, {doc = "", label = "Code", onRun = () => {}, onChange = () => {}} = {}) {
  const run = () => {
    onRun();
    return true;
  };
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        basicSetup,
        Prec.highest(keymap.of([{key: "Shift-Enter", run}, {key: "Mod-Enter", run}])),
        keymap.of([indentWithTab]),
        javascript(),
        syntaxHighlighting(highlight),
        theme,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({"aria-label": label, "aria-multiline": "true"}),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        })
      ]
    })
  });
}

/** Replaces the editor's text (one undoable change). */
export function setCode(view, code) {
  view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: code}});
}
