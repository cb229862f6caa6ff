// A `##` section too tall for the screen becomes several slides (its parts). A section is cut into
// units (its top-level blocks; a list of exercises gives one unit per exercise), units that belong
// together are grouped (a `###` heading with what follows it, controls with the chart they drive,
// a chart with its caption), and the groups are packed into parts that fit the screen: a part starts
// at a `###` sub-heading when the sub-section would not fit below what is already there, and at every
// exercise (one exercise a slide). Off-slide units are still laid out (see .pk-off-slide in
// style.css: fixed, invisible, at the slide's width), so every unit's height is known.

/** Containers whose children are units of their own (a list of exercises; a grid of charts, which a
 * slide stacks in one column), and units that always start a part. */
const SPLIT = ":is(.pk-exercises, .grid:has(svg))";
const ALONE = ".pk-exercise";

/** The units of a section's blocks (the h2 excluded): each block, or a split container's children. */
export function sectionUnits(blocks) {
  const out = [];
  for (const block of blocks) {
    const list = block.matches?.(SPLIT) ? block : block.querySelector?.(`:scope > ${SPLIT}`);
    if (!list) out.push(block);
    else if (list === block) out.push(...block.children);
    else for (const child of block.children) out.push(...(child === list ? list.children : [child]));
  }
  return out;
}

/** An element's height on the page with its margins, in px (0 when it is not displayed). */
export function outerHeight(el) {
  const r = el.getBoundingClientRect();
  if (r.height === 0 && r.width === 0) return 0;
  const cs = getComputedStyle(el);
  return r.height + (parseFloat(cs.marginTop) || 0) + (parseFloat(cs.marginBottom) || 0);
}

const isHeading = (el) => /^H[3-6]$/.test(el.tagName);
const isAlone = (el) => el.matches?.(ALONE) ?? false;
const isCaption = (el) => el.tagName === "FIGCAPTION" || (el.matches?.(".pk-legend, .pk-caption, [class$='-swatches']") ?? false);
/** Controls on their own (inputs, no chart or table): they drive the block after them. */
const isControls = (el) => el.querySelector?.("input, select, textarea") != null && el.querySelector("svg, canvas, table, .cm-editor") == null && !isAlone(el);

/** Unit indices in groups that stay on one slide. */
export function groupUnits(units) {
  const groups = [];
  units.forEach((u, i) => {
    const prev = units[i - 1];
    const glued = prev && !isAlone(u) && (isHeading(prev) || isControls(prev) || isCaption(u));
    if (glued && groups.length) groups.at(-1).push(i);
    else groups.push([i]);
  });
  return groups;
}

/**
 * The parts of a section: arrays of unit indices, each fitting in `budget` px where it can (a group
 * taller than the budget is a part alone). `heights[i]` is unit i's height.
 */
export function packUnits(units, heights, budget) {
  const sum = (idx) => idx.reduce((s, i) => s + heights[i], 0);
  const all = units.map((_, i) => i);
  if (units.length === 0) return [[]];
  if (sum(all) <= budget && !units.some(isAlone)) return [all];
  const groups = groupUnits(units);
  // The height of the sub-section a heading group opens: up to the next heading or exercise.
  const subsection = (g) => {
    let h = 0;
    for (let j = g; j < groups.length; ++j) {
      if (j > g && (isHeading(units[groups[j][0]]) || isAlone(units[groups[j][0]]))) break;
      h += sum(groups[j]);
    }
    return h;
  };
  const parts = [];
  let part = [], height = 0;
  groups.forEach((group, g) => {
    const first = units[group[0]], h = sum(group);
    const full = height + h > budget || isAlone(first) || (isHeading(first) && height + subsection(g) > budget);
    if (part.length && full && height > 0) {
      parts.push(part);
      part = [];
      height = 0;
    }
    part.push(...group);
    height += h;
  });
  if (part.length) parts.push(part);
  return parts;
}
