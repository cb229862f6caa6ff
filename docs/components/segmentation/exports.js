// Downloads made in the browser: CSV, JSON, SVG and PNG of a chart. Nothing leaves the machine.

export function download(content, filename, type) {
  const blob = content instanceof Blob ? content : new Blob([content], {type});
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The chart's own <svg> in a figure: Plot puts legends (a 15 × 15 swatch per segment, a colour ramp)
 * before the chart as <svg>s of their own, so the first one is often a legend. The chart is the
 * largest svg that is not part of a legend.
 */
export function chartSvg(figure) {
  if (figure.tagName?.toLowerCase() === "svg") return figure;
  const size = (svg) => (+svg.getAttribute("width") || svg.getBoundingClientRect().width) * (+svg.getAttribute("height") || svg.getBoundingClientRect().height);
  const candidates = [...figure.querySelectorAll("svg")].filter((svg) => !svg.closest("[class*='-swatches'], [class*='-ramp']") && !/-(swatch|ramp)\b/.test(svg.getAttribute("class") ?? ""));
  return candidates.sort((a, b) => size(b) - size(a))[0] ?? null;
}

/** A chart's SVG as a standalone file (with currentColor resolved, so it reads outside the page). */
export function svgText(figure) {
  const svg = chartSvg(figure);
  if (!svg) throw new Error("This chart has no SVG to save.");
  const clone = svg.cloneNode(true);
  clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const color = getComputedStyle(svg).color || "black";
  const background = getComputedStyle(document.body).backgroundColor || "white";
  clone.setAttribute("style", `color:${color};background:${background};font:10px system-ui,sans-serif`);
  return new XMLSerializer().serializeToString(clone);
}

export async function pngBlob(figure, scale = 2) {
  const svg = chartSvg(figure);
  const {width, height} = svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(figure)], {type: "image/svg+xml"}));
  try {
    await new Promise((resolve, reject) => ((image.onload = resolve), (image.onerror = () => reject(new Error("The chart could not be drawn as an image."))), (image.src = url)));
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext("2d");
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor || "white";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Wraps a chart with "SVG" and "PNG" download buttons (disabled, like every export, while the result is stale). */
export function withDownloads(chart, name, html) {
  const save = (kind) => async () => {
    if (kind === "svg") download(svgText(chart), `${name}.svg`, "image/svg+xml");
    else download(await pngBlob(chart), `${name}.png`, "image/png");
  };
  return html`<div class="seg-chart">${chart}<div class="seg-chart-actions pk-no-print">
    <button type="button" data-needs-result onclick=${save("svg")} aria-label=${`Download ${name} as SVG`}>SVG</button>
    <button type="button" data-needs-result onclick=${save("png")} aria-label=${`Download ${name} as PNG`}>PNG</button>
  </div></div>`;
}
