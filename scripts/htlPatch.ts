// An esbuild plugin for scripts/vendor.ts: htl (Framework's `html`, and Inputs') writes an event
// handler such as `onclick=${fn}` into its template as the attribute onclick="::0", imports the
// template into the page, then swaps the attribute for the function. Under the site's
// Content-Security-Policy the browser reports every such attribute as a blocked inline script
// (script-src-attr) as soon as it is parsed — even into an inert <template> — although htl removes
// it at once. The patch renames those placeholders (data-htl-onclick="::0") in the string htl
// parses, and htl's walker reads the real name back: same behaviour, no inline handler parsed.
import {readFileSync} from "node:fs";
import type {Plugin} from "esbuild";

const replacements: [string, string][] = [
  [
    `const root = render(string);`,
    `const root = render(string.replace(/(\\s)(on[a-z]+=)(["']?)(::\\d+)/gi, "$1data-htl-$2$3$4"));`
  ],
  [
    `const { name, value: currentValue } = attributes[i];`,
    `const { name: attributeName, value: currentValue } = attributes[i];
                        const name = attributeName.startsWith("data-htl-") ? attributeName.slice(9) : attributeName;`
  ],
  [
    `const value = values[+currentValue.slice(2)];
                            removeAttribute(element, name), --i, --n;`,
    `const value = values[+currentValue.slice(2)];
                            removeAttribute(element, attributeName), --i, --n;`
  ]
];

/** Applies the patch to htl's dist/index.js wherever it is bundled; fails the build if htl changed shape. */
export const htlPatch: Plugin = {
  name: "htl-csp-patch",
  setup(build) {
    build.onLoad({filter: /[\\/]htl[\\/]dist[\\/]index\.js$/}, (args) => {
      let source = readFileSync(args.path, "utf8");
      for (const [from, to] of replacements) {
        if (!source.includes(from)) throw new Error(`scripts/htlPatch.ts: htl at ${args.path} no longer contains the code it patches; review the patch for this htl version`);
        source = source.replace(from, to);
      }
      return {contents: source, loader: "js"};
    });
  }
};
