import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {ignores: ["node_modules/", "dist/", "docs/.observablehq/", "docs/lib/", "bench/out/"]},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {console: "readonly", process: "readonly", URL: "readonly", document: "readonly", window: "readonly", navigator: "readonly", self: "readonly", structuredClone: "readonly", performance: "readonly", setTimeout: "readonly", clearTimeout: "readonly", Blob: "readonly", indexedDB: "readonly", localStorage: "readonly", location: "readonly", history: "readonly"}
    },
    rules: {
      "no-restricted-properties": ["error", {object: "Math", property: "random", message: "Inject randomness: use randomSource(seed) from src/random.ts."}],
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_"}]
    }
  }
);
