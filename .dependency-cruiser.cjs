// The rule of the house, checked by dependency-cruiser in `npm test` (`npm run depcruise`):
// pages (docs/*.md) → components (docs/components/) → the library (src/) ← loaders (loaders/,
// docs/data/*.ts); nothing imports upward and nothing imports in a circle. Pages are Markdown and
// not analysed; the rules below catch a component or a library file that reaches for one.
// docs/lib is a symlink to src/: it is not scanned (its files are src/'s), and imports through it
// resolve to the real src/ files, so a component importing "../../lib/index.js" depends on src/index.ts.

/** Packages that need a browser (a document, a window or Framework's runtime); the library runs in workers and Node. */
const DOM_ONLY = [
  "^npm:", // Framework's own specifiers, resolved only in pages and components
  "^(node_modules/)?@observablehq/(plot|inputs|runtime|stdlib)",
  "^(node_modules/)?htl($|/)",
  "^(node_modules/)?codemirror($|/)",
  "^(node_modules/)?@codemirror/",
  "^(node_modules/)?d3($|/)",
  "^(node_modules/)?d3-(selection|transition|zoom|drag|brush|axis)($|/)",
];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules import each other in a circle (type-only imports included): move the shared part into a file both can import.",
      from: {},
      to: {circular: true},
    },
    {
      name: "src-not-to-outside",
      severity: "error",
      comment: "The library (src/) is the bottom layer: it imports only src/ and packages, never pages, components, loaders, data, tests, benchmarks or scripts.",
      from: {path: "^src/"},
      to: {path: "^(docs|loaders|data|test|bench|scripts)/"},
    },
    {
      name: "src-not-to-dom",
      severity: "error",
      comment: "The library is pure TypeScript without a DOM (it runs in Web Workers and loaders): keep drawing in docs/components/.",
      from: {path: "^src/"},
      to: {path: DOM_ONLY},
    },
    {
      name: "src-not-to-node-builtins",
      severity: "error",
      comment: "The library runs in the browser too: no Node built-ins (fs, path, …) in src/; reading files belongs in loaders/ or scripts/.",
      from: {path: "^src/"},
      to: {dependencyTypes: ["core"]},
    },
    {
      name: "components-not-to-pages",
      severity: "error",
      comment: "Components are imported by pages, never the other way round.",
      from: {path: "^docs/components/"},
      to: {path: "^docs/[^/]+\\.md$"},
    },
    {
      name: "loaders-not-to-docs",
      severity: "error",
      comment: "Loaders produce data for the site; they use the library (src/), never pages or components.",
      from: {path: "^loaders/"},
      to: {path: "^docs/"},
    },
  ],
  options: {
    doNotFollow: {path: "node_modules"},
    exclude: {path: "^(docs/lib|docs/\\.observablehq|dist)/"},
    // Type-only imports count: a cycle through types is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: {fileName: "tsconfig.json"},
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: {text: {highlightFocused: true}},
  },
};
