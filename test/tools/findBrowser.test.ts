// scripts/findBrowser.ts, the first step of `npm test`, on machines without a browser. Where /usr/bin/chromium
// exists it is hidden in a private mount namespace (unshare, as root) rather than uninstalled.
import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {howToGetOne} from "../browser/chromium.js";

const root = join(import.meta.dirname, "..", "..");
const script = join(root, "scripts", "findBrowser.ts");
const isRoot = process.getuid?.() === 0;
/** A system tool's absolute path (the runs below replace PATH). */
const which = (name: string) => spawnSync("sh", ["-c", `command -v ${name}`], {encoding: "utf8"}).stdout.trim();
const [unshare, setpriv, mount, sh] = ["unshare", "setpriv", "mount", "sh"].map(which);
const canUnshare = isRoot && Boolean(unshare && setpriv && mount) && spawnSync(unshare, ["-m", "true"]).status === 0;

/** Runs findBrowser with `env` (PATH replaced), /usr/bin/chromium hidden when `hide`, as user nobody when `nobody`. */
function findBrowser(env: Record<string, string>, {hide = false, nobody = false} = {}) {
  const node = [process.execPath, "--import", "tsx", script];
  const command = [...(nobody ? [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] : []), ...node];
  const hideChromium = existsSync("/usr/bin/chromium") ? `${mount} --bind /dev/null /usr/bin/chromium && ` : "";
  const quoted = command.map((a) => `'${a}'`).join(" ");
  const result = hide
    ? spawnSync(unshare, ["-m", sh, "-c", `${hideChromium}PATH="$TEST_PATH" exec ${quoted}`], {cwd: root, encoding: "utf8", env: {...env, TEST_PATH: env.PATH}})
    : spawnSync(command[0], command.slice(1), {cwd: root, encoding: "utf8", env});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** A folder holding a fake `apt-get` that logs its arguments to calls.log and succeeds. */
function fakeApt(): string {
  const dir = mkdtempSync(join(tmpdir(), "pk-apt-"));
  writeFileSync(join(dir, "apt-get"), `#!/bin/sh\necho "$*" >> ${join(dir, "calls.log")}\n`, {mode: 0o755});
  return dir;
}

describe("scripts/findBrowser.ts", () => {
  it("stops at once, in one line, when CHROMIUM_PATH names no executable", () => {
    const r = findBrowser({PATH: process.env.PATH ?? "", CHROMIUM_PATH: "/nonexistent/chromium"});
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual(["findBrowser: CHROMIUM_PATH=/nonexistent/chromium is not an executable file"]);
  });

  it.skipIf(!canUnshare)("with no browser, as a user who is not root, stops at once with one line saying how to get one (and never calls apt-get)", () => {
    const apt = fakeApt();
    const r = findBrowser({PATH: apt}, {hide: true, nobody: true});
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`findBrowser: ${howToGetOne}`]);
    expect(existsSync(join(apt, "calls.log"))).toBe(false);
  });

  it.skipIf(!canUnshare)("with no browser, as root with apt-get, runs apt-get update and install -y chromium (then fails, the fake installed nothing)", () => {
    const apt = fakeApt();
    const r = findBrowser({PATH: apt}, {hide: true});
    expect(readFileSync(join(apt, "calls.log"), "utf8").trim().split("\n")).toEqual(["--version", "update -qq", "install -y -qq chromium"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("still not found");
  });

  it.skipIf(!canUnshare)("with no browser and PK_NO_APT=1, as root, does not install", () => {
    const apt = fakeApt();
    const r = findBrowser({PATH: apt, PK_NO_APT: "1"}, {hide: true});
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`findBrowser: ${howToGetOne}`]);
    expect(existsSync(join(apt, "calls.log"))).toBe(false);
  });

  it.skipIf(!canUnshare || !existsSync("/usr/bin/chromium"))("finds chromium-browser on PATH when /usr/bin/chromium is absent", () => {
    const dir = mkdtempSync(join(tmpdir(), "pk-bin-"));
    writeFileSync(join(dir, "chromium-browser"), "#!/bin/sh\n", {mode: 0o755});
    const r = findBrowser({PATH: dir}, {hide: true});
    expect(r.stdout.trim()).toBe(`browser: ${join(dir, "chromium-browser")}`);
    expect(r.status).toBe(0);
  });
});
