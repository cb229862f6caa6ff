import {describe, expect, it} from "vitest";
import {TableError, checkText, decodeText} from "../../../src/index.js";

describe("decodeText", () => {
  it("decodeText(bytes) reads UTF-8 and removes a byte-order mark, saying so", () => {
    const notes: string[] = [];
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]), notes)).toBe("aé");
    expect(notes.join(" ")).toMatch(/byte-order mark/);
  });
  it("decodeText(bytes) reads bytes that aren't UTF-8 as Windows-1252, with a note", () => {
    const notes: string[] = [];
    // "café;€5" in Windows-1252: é = 0xE9, € = 0x80.
    const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x35]);
    expect(decodeText(bytes, notes)).toBe("café;€5");
    expect(notes.join(" ")).toMatch(/isn't valid UTF-8; it was read as Windows-1252/);
  });
  it("decodeText(bytes) and checkText(text) refuse binary content", () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(TableError);
    expect(() => checkText("\uFFFD\uFFFD\uFFFDab\u0001\u0002")).toThrow(/doesn't look like text/);
  });
});
