import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    env: {TZ: "UTC"},
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node"
        }
      },
      {
        // The development tools themselves (scripts/): fast, no build, no browser.
        test: {
          name: "tools",
          include: ["test/tools/**/*.test.ts"],
          environment: "node"
        }
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          // One built site and one Chromium are shared by every browser test file (see test/browser/setup.ts).
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false
        }
      }
    ]
  }
});
