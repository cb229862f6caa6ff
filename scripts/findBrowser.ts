/**
 * First step of `npm test`: makes sure the browser tests have a Chromium to drive (test/browser/chromium.ts
 * says where it looks: CHROMIUM_PATH, /usr/bin/chromium, chromium, chromium-browser or google-chrome on PATH).
 * None found: as root on a machine with apt-get, installs Debian's chromium; otherwise stops at once with one
 * line saying how to get one, before the slower steps run. PK_NO_APT=1 never installs.
 * Usage: tsx scripts/findBrowser.ts
 */
import {spawnSync} from "node:child_process";
import {findChromium, howToGetOne} from "../test/browser/chromium.js";

function fail(message: string): never {
  process.stderr.write(`findBrowser: ${message}\n`);
  process.exit(1);
}

function hasAptGet(): boolean {
  return spawnSync("apt-get", ["--version"], {stdio: "ignore"}).status === 0;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {stdio: ["ignore", "ignore", "inherit"], env: {...process.env, DEBIAN_FRONTEND: "noninteractive"}});
  if (result.status !== 0) fail(`\`${command} ${args.join(" ")}\` failed (exit ${result.status ?? result.signal}); ${howToGetOne}`);
}

let found = findChromium();
if (!found && process.env.CHROMIUM_PATH) fail(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`);
if (!found) {
  if (process.getuid?.() !== 0 || process.env.PK_NO_APT === "1" || !hasAptGet()) fail(howToGetOne);
  process.stderr.write("findBrowser: no Chromium found; installing Debian's chromium with apt-get\n");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"]);
  found = findChromium();
  if (!found) fail(`apt-get installed chromium but it is still not found; ${howToGetOne}`);
}
process.stdout.write(`browser: ${found}\n`);
