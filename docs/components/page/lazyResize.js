// resize((width) => chart) as Framework has it, but a chart far from the screen is drawn when the
// browser is next idle instead of at once: after an input changes, the charts in view are painted
// first, and the page's other charts follow without holding them up.

const MARGIN = 300; // px above and below the screen that count as "in view"

function nearScreen(el) {
  const r = el.getBoundingClientRect();
  return r.bottom > -MARGIN && r.top < window.innerHeight + MARGIN;
}

const idle = typeof requestIdleCallback === "function" ? (fn) => requestIdleCallback(fn, {timeout: 500}) : (fn) => setTimeout(fn, 50);

/** lazyResize((width) => node) → a div that holds node, redrawn when its width changes. */
export function lazyResize(render) {
  const div = document.createElement("div");
  div.style.position = "relative";
  let width;
  let queued = false;
  const draw = () => {
    queued = false;
    if (!div.isConnected || !(width > 0)) return;
    const child = render(width);
    div.replaceChildren(...(child == null ? [] : [child]));
  };
  const observer = new ResizeObserver(([entry]) => {
    const w = entry.contentRect.width;
    if (w === width) return;
    width = w;
    if (!(w > 0)) {
      div.replaceChildren();
      return;
    }
    if (nearScreen(div)) draw();
    else if (!queued) {
      queued = true;
      idle(draw);
    }
  });
  observer.observe(div);
  return div;
}
