// What the lesson benchmarks share: the lessons and sliders measured, a warm load timed until every
// cell has run, and a slider move timed until every chart of its section is redrawn and painted.
// Used by browser-lessons.ts (the figures) and profile-lesson.ts (where the time goes).
import {execSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {serve} from "../test/browser/server.js";

export interface Lesson {
  path: string;
  /** The label of the slider moved, and the values it is moved between. */
  slider: string;
  values: number[];
}

export const LESSONS: Lesson[] = [
  {path: "/", slider: "Groups (k)", values: [4, 3]},
  {path: "/kmeans", slider: "Clusters (k)", values: [4, 3]},
  {path: "/hierarchical", slider: "Clusters (k)", values: [4, 3]},
  {path: "/pca", slider: "Axis angle (°)", values: [40, 20]},
  {path: "/pca", slider: "Components kept", values: [3, 2]},
  {path: "/dbscan", slider: "eps (standardized units)", values: [0.6, 0.8]}
];

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Navigates and returns ms from navigation start until no cell is pending and the page has been quiet 300 ms (minus those 300 ms). */
export async function load(page: Page, url: string): Promise<number> {
  await page.goto(url, {waitUntil: "commit"});
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        const changes = new MutationObserver(() => (last = performance.now()));
        changes.observe(document.documentElement, {childList: true, subtree: true, attributes: true, characterData: true});
        const check = () => {
          const pending = document.readyState !== "complete" || document.querySelector("observablehq-loading, .observablehq--loading") !== null;
          if (!pending && performance.now() - last > 300) {
            changes.disconnect(); // or it would go on timing every later change, slider moves included
            resolve(last);
          } else setTimeout(check, 20);
        };
        check();
      })
  );
}

/**
 * Moves the slider labelled `label` to `value` and measures until every chart (svg) of its `##`
 * section has stopped changing: the time of the first frame painted after the last change.
 */
export async function move(page: Page, label: string, value: number): Promise<{ms: number; longTask: number}> {
  return page.evaluate(
    async ({label, value}) => {
      const form = Array.from(document.querySelectorAll("#observablehq-main form")).find((f) => f.querySelector("label")?.textContent?.trim() === label);
      if (!form) throw new Error(`no slider labelled ${label}`);
      const input = form.querySelector("input[type=number]") as HTMLInputElement;
      // As a reader would: the slider at the top of the screen (charts far off screen are drawn when idle).
      if (Math.abs(form.getBoundingClientRect().top - 80) > 40) {
        window.scrollTo(0, window.scrollY + form.getBoundingClientRect().top - 80);
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      // The section: main's children from the h2 before the slider's cell to the next h2.
      const main = document.querySelector("#observablehq-main")!;
      let top: Element = form;
      while (top.parentElement && top.parentElement !== main) top = top.parentElement;
      // Bounded by its h2 and the next one; cells re-running replace main's children, so the bounds
      // are these headings, not the elements between them.
      let start: Element | null = top;
      while (start && start.tagName !== "H2") start = start.previousElementSibling;
      let end: Element | null = top.nextElementSibling;
      while (end && end.tagName !== "H2") end = end.nextElementSibling;
      const inSection = (node: Node) =>
        (!start || (start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) && (!end || (end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
      const holdsChart = (nodes: NodeList) => Array.from(nodes).some((n) => n instanceof SVGElement || (n instanceof Element && n.querySelector("svg") !== null));
      // A chart changed: an svg (or something in one) changed, or an svg was added or removed. Kept
      // cheap: this runs for every batch of changes while the page works, and its time is counted.
      const chartChanged = (r: MutationRecord) => (r.target instanceof SVGElement || (r.type === "childList" && (holdsChart(r.addedNodes) || holdsChart(r.removedNodes)))) && inSection(r.target);
      let longTask = 0;
      const tasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTask = Math.max(longTask, e.duration);
      });
      tasks.observe({type: "longtask"});
      let lastChange = -1;
      const charts = new MutationObserver((records) => {
        if (records.some(chartChanged)) lastChange = performance.now();
      });
      charts.observe(main, {childList: true, subtree: true, attributes: true});
      const frames: number[] = [];
      let running = true;
      const tick = (t: number) => {
        frames.push(t);
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const t0 = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event("input", {bubbles: true}));
      // Quiet for 400 ms after the last chart change (or no change at all within 3 s).
      await new Promise<void>((resolve) => {
        const check = () => {
          const now = performance.now();
          if ((lastChange > 0 && now - lastChange > 400) || (lastChange < 0 && now - t0 > 3000)) resolve();
          else setTimeout(check, 25);
        };
        check();
      });
      running = false;
      charts.disconnect();
      tasks.disconnect();
      if (lastChange < 0) throw new Error(`moving ${label} changed no chart of its section`);
      const painted = frames.find((f) => f >= lastChange) ?? lastChange;
      return {ms: painted - t0, longTask};
    },
    {label, value}
  );
}

/** The site to measure: PK_BASE_URL if set, else `--dist DIR` (default dist/, built first if missing) served locally; close() stops that server. */
export async function site(): Promise<{base: string; close: () => Promise<void>}> {
  if (process.env.PK_BASE_URL) return {base: process.env.PK_BASE_URL, close: async () => {}};
  const dist = arg("dist") ?? join(process.cwd(), "dist");
  if (!existsSync(join(dist, "index.html")) && !arg("dist")) execSync("npm run build", {stdio: ["ignore", "ignore", "inherit"]});
  const {server, url} = await serve(dist);
  return {base: url, close: () => new Promise<void>((resolve) => server.close(() => resolve()))};
}
