import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {ignores: ["node_modules/", "dist/", "docs/.observablehq/", "docs/lib/", "bench/out/"]},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node, ...globals.browser, ...globals.worker}},
    rules: {
      "no-restricted-properties": ["error", {object: "Math", property: "random", message: "Inject randomness: use randomSource(seed) from src/random.ts."}],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_"}]
    }
  },
  {
    // The library is pure TypeScript: no DOM, no Node built-ins, so pages, workers and loaders share it.
    files: ["src/**/*.ts"],
    languageOptions: {globals: {...globals.es2021}},
    rules: {"no-restricted-globals": ["error", "document", "window", "localStorage", "indexedDB"]}
  }
);
