// Where a lesson's time goes: the Chrome DevTools protocol's sampling profiler (Profiler) and trace
// (Tracing, devtools.timeline) around slider moves or a warm load, with the CPU throttled as in
// browser-lessons.ts. Prints the functions with the most self and total time, and the main thread's
// style, layout, paint and garbage-collection time.
//
//   npx tsx bench/profile-lesson.ts --path /dbscan                        # its first slider, 4×, 5 moves
//   npx tsx bench/profile-lesson.ts --path /pca --slider "Components kept" --throttle 1
//   npx tsx bench/profile-lesson.ts --path /kmeans --load                 # a warm load instead
//   npx tsx bench/profile-lesson.ts --path /pca --dist /tmp/dist-before  # another build
//   npx tsx bench/profile-lesson.ts --path /pca --out /tmp/pca            # also /tmp/pca.cpuprofile and .trace.json (for DevTools)
//
// A script for looking, not a test: it prints and asserts nothing.
import {writeFileSync} from "node:fs";
import {chromium, type CDPSession} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {arg, LESSONS, load, move, site} from "./lessonPage.js";

interface ProfileNode {
  id: number;
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time: unlike dur, not stretched by other processes on a loaded machine. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {name?: string; data?: {url?: string}};
}

const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "") || "(native)";
const frameName = (f: ProfileNode["callFrame"]) => `${f.functionName || "(anonymous)"} ${short(f.url)}:${f.lineNumber + 1}`;

/** Self and total (inclusive) ms per function, from a V8 CPU profile. */
function summarise(profile: Profile): {self: Map<string, number>; total: Map<string, number>; ms: number} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let ms = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    ms += dt;
    const node = byId.get(id)!;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = frameName(byId.get(at)!.callFrame);
      if (seen.has(key)) continue; // recursion counts once
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  return {self, total, ms};
}

function top(map: Map<string, number>, n: number, skip: RegExp): string[] {
  return [...map]
    .filter(([k]) => !skip.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
}

const TIMELINE = ["RunTask", "FunctionCall", "EvaluateScript", "v8.compile", "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "HitTest", "ParseHTML", "MinorGC", "MajorGC", "V8.GC_SCAVENGER", "TimerFire", "FireAnimationFrame", "EventDispatch", "RunMicrotasks", "ResizeObserverLoop"];

async function trace(cdp: CDPSession, during: () => Promise<unknown>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({value}) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {transferMode: "ReportEvents", traceConfig: {includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8"]}});
  await during();
  await cdp.send("Tracing.end");
  await done;
  return events;
}

async function main(): Promise<void> {
  const path = arg("path") ?? "/dbscan";
  const lesson = LESSONS.find((l) => l.path === path && (!arg("slider") || l.slider.startsWith(arg("slider")!)));
  if (!lesson) throw new Error(`no lesson ${path} with slider ${arg("slider") ?? "(first)"} in lessonPage.ts`);
  const throttle = Number(arg("throttle") ?? 4);
  const moves = Number(arg("moves") ?? 5);
  const profileLoad = process.argv.includes("--load");
  const {base, close} = await site();
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumArgs});
  try {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    await context.addInitScript({content: "window.__name = (f) => f;"});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const url = new URL(lesson.path, base).href;
    await load(page, url);
    await load(page, url);
    await cdp.send("Emulation.setCPUThrottlingRate", {rate: throttle});
    // The sampling profiler slows the page down; --trace-only leaves it out (timings closer to the benchmark's).
    const profiling = !process.argv.includes("--trace-only");
    if (profiling) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", {interval: 200});
    }
    const timings: number[] = [];
    let profile: Profile | undefined;
    const events = await trace(cdp, async () => {
      if (profiling) await cdp.send("Profiler.start");
      if (profileLoad) timings.push(await load(page, url));
      else for (let i = 0; i < moves; ++i) timings.push((await move(page, lesson.slider, lesson.values[i % lesson.values.length])).ms);
      if (profiling) profile = (await cdp.send("Profiler.stop")).profile as Profile;
    });
    const out = arg("out");
    if (out) {
      if (profile) writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
      writeFileSync(`${out}.trace.json`, JSON.stringify({traceEvents: events}));
    }
    console.log(`${profileLoad ? "Warm load of" : `${moves} moves of "${lesson.slider}" on`} ${lesson.path}, CPU ${throttle}×: ${timings.map((t) => t.toFixed(0)).join(", ")} ms.\n`);
    if (profile) {
      const {self, total, ms} = summarise(profile);
      const skip = /^\((idle|program|garbage collector|root)\)/;
      console.log(`${ms.toFixed(0)} ms sampled: (program) ${(self.get("(program) (native):0") ?? 0).toFixed(0)} ms, (garbage collector) ${(self.get("(garbage collector) (native):0") ?? 0).toFixed(0)} ms, (idle) ${(self.get("(idle) (native):0") ?? 0).toFixed(0)} ms\n`);
      console.log("Self time:");
      for (const line of top(self, 25, skip)) console.log(line);
      console.log("\nTotal time (self and callees):");
      for (const line of top(total, 40, skip)) console.log(line);
    }
    // The renderer's main thread: the thread named CrRendererMain in the page's process.
    const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && events.some((f) => f.pid === e.pid && f.tid === e.tid && f.name === "FunctionCall"));
    if (main) {
      const sums = new Map<string, {ms: number; cpu: number; n: number}>();
      for (const e of events) {
        if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== "X" || !TIMELINE.includes(e.name)) continue;
        const s = sums.get(e.name) ?? {ms: 0, cpu: 0, n: 0};
        s.ms += (e.dur ?? 0) / 1000;
        s.cpu += (e.tdur ?? 0) / 1000;
        s.n += 1;
        sums.set(e.name, s);
      }
      const per = profileLoad ? 1 : moves;
      console.log(`\nMain thread per ${profileLoad ? "load" : "move"} (trace events; RunTask is every task, the others are counted inside it and inside each other):`);
      console.log("    wall ms   CPU ms   count");
      for (const [name, s] of [...sums].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(s.ms / per).toFixed(1).padStart(10)} ${(s.cpu / per).toFixed(1).padStart(8)} ${(s.n / per).toFixed(1).padStart(7)}  ${name}`);
    }
    await context.close();
  } finally {
    await browser.close();
    await close();
  }
}

await main();
