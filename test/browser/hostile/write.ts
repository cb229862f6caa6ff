// Writes the hostile corpus (corpus.ts) to a folder, to try each file on the page by hand.
// Usage: npx tsx test/browser/hostile/write.ts [dir]   (default /tmp/pk-hostile)
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {hostileFiles} from "./corpus.js";

const dir = process.argv[2] ?? "/tmp/pk-hostile";
mkdirSync(dir, {recursive: true});
for (const file of hostileFiles) writeFileSync(join(dir, file.name), await file.bytes());
process.stdout.write(`${hostileFiles.length} files written to ${dir}\n`);
