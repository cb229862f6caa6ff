// Styles of code cells, exercises and the work panel, added to the page once. Token colours are
// GitHub's light and dark palettes (each ≥ 4.5:1 on its background). Presenter mode (the page's
// `pk-present` class on <html>) enlarges every `.pk-cell` editor and its output for live coding.
const css = `
.pk-cell { --pk-code-background: var(--theme-background-alt); --pk-code-active: color-mix(in srgb, var(--theme-foreground) 3%, transparent);
  --pk-code-selection: color-mix(in srgb, var(--theme-foreground-focus) 28%, transparent);
  --pk-code-keyword: #b31d28; --pk-code-string: #0a3069; --pk-code-number: #0550ae; --pk-code-comment: #57606a; --pk-code-function: #6f42c1; --pk-code-property: #953800;
  margin: 1rem 0 1.5rem; max-width: 960px; }
@media (prefers-color-scheme: dark) {
  .pk-cell { --pk-code-keyword: #ff7b72; --pk-code-string: #a5d6ff; --pk-code-number: #79c0ff; --pk-code-comment: #a0a8b2; --pk-code-function: #d2a8ff; --pk-code-property: #ffa657; }
}
.pk-cell-editor { border: 1px solid var(--theme-foreground-faint); border-radius: 6px; overflow: hidden; }
.pk-cell-editor .cm-editor { max-height: 28rem; }
.pk-cell-editor .cm-scroller { overflow: auto; }
.pk-cell-placeholder { margin: 0; padding: 4px 6px 4px 34px; max-height: 28rem; overflow: auto; background: var(--pk-code-background);
  color: var(--theme-foreground); font: var(--pk-code-size, 14px)/1.4 var(--monospace, ui-monospace, monospace); white-space: pre-wrap; cursor: text; }
.pk-cell-bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.4rem 0; }
.pk-cell-bar button { font: inherit; font-size: 14px; padding: 0.3rem 0.8rem; border-radius: 5px; border: 1px solid var(--theme-foreground-faint);
  background: var(--theme-background); color: var(--theme-foreground); cursor: pointer; min-height: 32px; }
.pk-cell-bar button.pk-run { background: #1f5fbf; border-color: #1f5fbf; color: #fff; font-weight: 600; }
@media (prefers-color-scheme: dark) { #observablehq-main .pk-cell-bar button.pk-run, .pk-cell-bar button.pk-run { background: #8ab4f8; border-color: #8ab4f8; color: #000; } }
.pk-cell-bar button:focus-visible { outline: 2px solid var(--theme-foreground-focus); outline-offset: 2px; }
.pk-cell-bar button[disabled] { opacity: 0.6; cursor: default; }
.pk-cell-status { color: var(--theme-foreground-muted); font-size: 13px; }
.pk-cell-status.pk-error { color: var(--theme-foreground); font-weight: 600; }
.pk-cell-output { font-size: 14px; overflow-x: auto; }
.pk-cell-output:empty { display: none; }
.pk-cell-output > * { margin: 0.35rem 0; }
.pk-nb-chart { padding-left: 1.5rem; }
.pk-nb-log { font-family: var(--monospace, monospace); font-size: 13px; white-space: pre-wrap; border-left: 3px solid var(--theme-foreground-faint); padding-left: 0.5rem; }
.pk-nb-log.pk-nb-warn, .pk-nb-log.pk-nb-error { border-left-color: #D55E00; }
.pk-nb-leaf, .pk-nb-string { font-family: var(--monospace, monospace); font-size: 13px; white-space: pre-wrap; margin: 0; }
.pk-nb-number { color: var(--pk-code-number); }
.pk-nb-tree summary { font-family: var(--monospace, monospace); font-size: 13px; cursor: pointer; }
.pk-nb-tree-body { padding-left: 1.1rem; }
.pk-nb-table table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; }
.pk-nb-table th, .pk-nb-table td { padding: 0.15rem 0.6rem; border-bottom: 1px solid var(--theme-foreground-faintest); text-align: left; }
.pk-nb-table td.pk-nb-num, .pk-nb-table th.pk-nb-num { text-align: right; }
.pk-nb-caption { caption-side: top; text-align: left; color: var(--theme-foreground-muted); font-size: 12px; }
.pk-nb-more { color: var(--theme-foreground-muted); font-size: 12px; }
.pk-nb-problem { border-left: 4px solid #D55E00; padding: 0.4rem 0.7rem; background: color-mix(in srgb, #D55E00 8%, transparent); }
.pk-nb-problem strong { color: var(--theme-foreground); }
.pk-verdict { border-radius: 6px; padding: 0.5rem 0.8rem; font-size: 15px; }
.pk-verdict-right { border: 2px solid #009E73; background: color-mix(in srgb, #009E73 10%, transparent); }
.pk-verdict-wrong { border: 2px solid #D55E00; background: color-mix(in srgb, #D55E00 8%, transparent); }
.pk-exercise { border-top: 1px solid var(--theme-foreground-faint); padding-top: 0.8rem; margin-top: 1.5rem; }
.pk-exercise h3 { margin-bottom: 0.3rem; }
.pk-exercise-state { font-size: 13px; color: var(--theme-foreground-muted); margin-left: 0.4rem; font-weight: normal; }
.pk-hints { margin: 0.3rem 0 0.6rem; padding-left: 1.3rem; }
.pk-hints li { margin: 0.2rem 0; }
.pk-solution pre { margin: 0.5rem 0; background: var(--theme-background-alt); padding: 0.6rem 0.8rem; border-radius: 6px; overflow-x: auto; font-size: 13px; }
.pk-work-panel { border: 1px solid var(--theme-foreground-faint); border-radius: 8px; padding: 0.6rem 0.9rem; margin: 1rem 0; max-width: 960px; }
.pk-work-panel p { margin: 0.2rem 0 0.5rem; }
.pk-work-message { font-size: 14px; }
html.pk-present .pk-cell { --pk-code-size: 22px; max-width: none; }
html.pk-present .pk-cell-editor .cm-editor { min-height: 12rem; max-height: 70vh; }
html.pk-present .pk-cell-output, html.pk-present .pk-nb-log, html.pk-present .pk-nb-leaf, html.pk-present .pk-nb-table table { font-size: 19px; }
html.pk-present .pk-cell-bar button { font-size: 19px; padding: 0.45rem 1.1rem; }
html.pk-present .pk-exercise { border-top: none; margin-top: 0; padding-top: 0; } /* one exercise a slide: no separator */
@media (max-height: 800px) {
  html.pk-present .pk-cell { --pk-code-size: 19px; }
  html.pk-present .pk-cell-editor .cm-editor { min-height: 8rem; }
  html.pk-present .pk-cell-bar button { padding: 0.3rem 0.9rem; }
}
`;

/** Adds the notebook's styles to the page (once). */
export function notebookStyle() {
  if (typeof document === "undefined" || document.getElementById("pk-notebook-style")) return;
  const style = document.createElement("style");
  style.id = "pk-notebook-style";
  style.textContent = css;
  document.head.append(style);
}
