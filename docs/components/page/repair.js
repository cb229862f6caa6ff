// Accessibility repairs for markup we don't write ourselves (Framework's sidebar, Inputs, Plot):
// label every slider with its input's label, give Plot's labelled <g> groups a role so their
// aria-label is allowed, and name the sidebar toggle. Runs again whenever a cell re-renders.

/** Elements under `root` (and `root` itself) matching `selector`. */
function all(root, selector) {
  const found = Array.from(root.querySelectorAll(selector));
  if (root.matches?.(selector)) found.unshift(root);
  return found;
}

export function repair(root) {
  for (const range of all(root, "form input[type=range]:not([aria-label])")) {
    const form = range.closest("form");
    const label = form?.querySelector("label")?.textContent?.trim();
    range.setAttribute("aria-label", label || "value");
  }
  for (const input of all(root, "form input:not([type=hidden]):not([aria-label]):not([id]), form select:not([aria-label]):not([id]), form textarea:not([aria-label]):not([id])")) {
    if (input.closest("label")) continue; // a checkbox or radio option is named by its own label
    const label = input.closest("form")?.querySelector("label")?.textContent?.trim();
    if (label) input.setAttribute("aria-label", label);
  }
  for (const g of all(root, "svg g[aria-label]:not([role]), svg g[aria-description]:not([role])")) g.setAttribute("role", "group");
  // Inputs.table: name the row checkboxes, and let keyboard users scroll the table.
  for (const table of all(root, "#observablehq-main form[class$='-table']")) {
    if (!table.hasAttribute("tabindex")) table.setAttribute("tabindex", "0");
    if (!table.hasAttribute("aria-label")) table.setAttribute("aria-label", "Data table (scrollable)");
    const boxes = table.querySelectorAll("input[type=checkbox]:not([aria-label])");
    for (const box of boxes) box.setAttribute("aria-label", box.closest("thead") ? "Select all rows" : `Select row ${Number(box.value) + 1}`);
  }
  for (const box of all(root, "#observablehq-main .pk-scroll:not([tabindex])")) {
    box.setAttribute("tabindex", "0");
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", "Table (scrolls sideways on a narrow screen)");
  }
  for (const pre of all(root, "#observablehq-main pre:not([tabindex]), #observablehq-main .observablehq--inspect:not([tabindex])")) {
    pre.setAttribute("tabindex", "0");
    if (!pre.hasAttribute("aria-label")) pre.setAttribute("aria-label", pre.tagName === "PRE" ? "Code" : "Value");
  }
}

const pending = new Set();

/** A MutationObserver callback: repairs what was added, once, after the current burst of changes. */
export function queueRepair(records) {
  const first = pending.size === 0;
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) pending.add(node);
  if (!first || pending.size === 0) return;
  queueMicrotask(() => {
    const nodes = new Set(pending);
    pending.clear();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      // A node inside another added node is repaired with it: scan each subtree once.
      let inside = false;
      for (let p = node.parentNode; p && !inside; p = p.parentNode) inside = nodes.has(p);
      if (!inside) repair(node);
    }
  });
}
