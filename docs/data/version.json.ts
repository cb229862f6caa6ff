// Thin loader entry: the site's version (package.json), stamped into exported analyses.
import {readFileSync} from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {name: string; version: string};
process.stdout.write(JSON.stringify({name: pkg.name, version: pkg.version}));
