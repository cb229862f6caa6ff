import {defineConfig} from "vitest/config";

const timed = ["test/browser/hostile.test.ts", "test/browser/notebook.test.ts"];

export default defineConfig({
  test: {
    env: {TZ: "UTC"},
    maxWorkers: 2,
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
        // Two files at a time (vitest's default on a 2-core machine is one): most of a browser test is waiting on
        // the page, so two Chromiums share the cores well. One built site is served to every browser test file
        // (test/browser/global-setup.ts); each file starts its own Chromium.
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          exclude: timed,
          environment: "node",
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000
        }
      },
      {
        // Tests that assert on time (no frame over 1 s while a hostile file loads; an endless loop stopped within
        // the limit while the page answers) run after the others, one file at a time, with the machine to themselves.
        test: {
          name: "browser-timed",
          include: timed,
          environment: "node",
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: {groupOrder: 1}
        }
      }
    ]
  }
});
