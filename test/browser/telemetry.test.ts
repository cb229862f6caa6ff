// Issue 13: the npm scripts that run Framework (`npm run build`, `npm run dev`) send no telemetry, print no
// telemetry notice and reach no other host, on a fresh machine (new HOME) whose resolver fails every lookup.
// The build is global-setup's own (run that way); the preview is started here for a few seconds.
import {spawn, spawnSync} from "node:child_process";
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {createServer} from "node:net";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, inject, it} from "vitest";
import {offlineEnv, readNetLog} from "./global-setup.js";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "pk-telemetry-"));
afterAll(() => rmSync(scratch, {recursive: true, force: true}));

/** A fresh HOME and network log under the scratch folder. */
function fresh(name: string): {home: string; log: string} {
  const home = join(scratch, name);
  mkdirSync(home);
  return {home, log: join(scratch, `${name}.log`)};
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

// Framework's first-run notice ("Attention: Observable Framework collects anonymous telemetry …"); npm echoes the
// scripts, so the word "telemetry" alone would match OBSERVABLE_TELEMETRY_DISABLE.
const notice = /collects anonymous telemetry/i;

// Framework colours its output when CI=true (as in .ci/run): match the text without its ANSI escapes.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const plain = (text: string): string => text.replace(ansi, "");

describe("no telemetry, no other host", () => {
  it("the guard works: Framework's telemetry, left on, is caught (its notice printed, its request to events.observablehq.com refused)", () => {
    const {home, log} = fresh("control");
    const telemetry = join(root, "node_modules", "@observablehq", "framework", "dist", "telemetry.js");
    const code = `const {Telemetry} = await import(${JSON.stringify(telemetry)}); Telemetry.record({event: "build", step: "start"}); await Telemetry.instance.pending;`;
    const env = offlineEnv(home, log);
    delete env.OBSERVABLE_TELEMETRY_DISABLE;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], {cwd: root, env, encoding: "utf8"});
    expect(r.status).toBe(0);
    expect(plain(r.stderr)).toMatch(notice);
    expect(readNetLog(log).join("\n")).toContain("events.observablehq.com");
  });

  it("npm run build (global-setup's) printed no telemetry notice and tried no other host", (ctx) => {
    const build = inject("build");
    if (!build) return ctx.skip("no build in this run (PK_BASE_URL or PK_SKIP_BUILD=1)");
    expect(plain(build.output)).toMatch(/built \d+ pages/);
    expect(plain(build.output)).not.toMatch(notice);
    expect(build.network).toEqual([]);
  });

  it("npm run dev serves the course, prints no telemetry notice and tries no other host", async () => {
    const {home, log} = fresh("preview");
    const port = await freePort();
    // detached: its own process group (npm → sh → node), so the whole group can be stopped.
    const child = spawn("npm", ["run", "dev", "--", "--no-open", "--port", String(port)], {cwd: root, env: offlineEnv(home, log), detached: true, stdio: ["ignore", "pipe", "pipe"]});
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    try {
      const started = Date.now();
      while (!output.includes(`127.0.0.1:${port}`)) {
        if (child.exitCode !== null || Date.now() - started > 45_000) throw new Error(`npm run dev did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const path of ["/", "/kmeans"]) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(response.status, path).toBe(200);
        await response.arrayBuffer();
      }
      // Framework records its telemetry events as the command starts; give any request time to be made.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await exited;
    }
    expect(plain(output)).not.toMatch(notice);
    expect(readNetLog(log)).toEqual([]);
  }, 60_000);

  it("every npm script that runs Framework sets OBSERVABLE_TELEMETRY_DISABLE=true", () => {
    const {scripts} = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {scripts: Record<string, string>};
    const framework = Object.entries(scripts).filter(([, command]) => /\bobservable (preview|build|deploy)\b/.test(command));
    expect(framework.map(([name]) => name).sort()).toEqual(["build", "dev"]);
    for (const [name, command] of framework) {
      for (const run of command.split("&&").filter((part) => /\bobservable\b/.test(part))) {
        expect(run.trim(), name).toMatch(/^OBSERVABLE_TELEMETRY_DISABLE=true observable /);
      }
    }
  });
});
