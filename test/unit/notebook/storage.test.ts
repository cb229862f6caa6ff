import {beforeEach, describe, expect, it} from "vitest";
import {clearWork, exportWork, importWork, keys, load, onStorageProblem, parseWork, save} from "../../../docs/components/notebook/storage.js";

class MemoryStorage {
  map = new Map<string, string>();
  full = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw Object.assign(new Error("full"), {name: "QuotaExceededError"});
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, "localStorage", {value: storage, configurable: true});
});

describe("storage", () => {
  it("save(key, value) then load(key) gives it back; exportWork() has every entry", () => {
    save("cell:a", {code: "1 + 1"});
    save("exercise:b", {hints: 2});
    expect(load("cell:a")).toEqual({code: "1 + 1"});
    const work = exportWork(new Date("2026-01-02T03:04:05Z"));
    expect(work).toEqual({format: "pattern-kitchen-work", version: 1, saved: "2026-01-02T03:04:05.000Z", work: {"cell:a": {code: "1 + 1"}, "exercise:b": {hints: 2}}});
  });
  it("parseWork(JSON.stringify(exportWork())) then importWork restores exactly the exported work", () => {
    save("cell:a", {code: "x"});
    const text = JSON.stringify(exportWork());
    clearWork();
    expect(keys()).toEqual([]);
    expect(importWork(parseWork(text))).toBe(1);
    expect(load("cell:a")).toEqual({code: "x"});
  });
  it("parseWork(text) says why a file is not a work file", () => {
    expect(() => parseWork("not json")).toThrow(/not JSON/);
    expect(() => parseWork("{}")).toThrow(/no "work"/);
    expect(() => parseWork(JSON.stringify({format: "pattern-kitchen-work", version: 2, work: {}}))).toThrow(/version 2/);
    expect(() => parseWork(JSON.stringify({format: "pattern-kitchen-work", version: 1, work: {"evil key": 1}}))).toThrow(/does not know/);
    expect(() => parseWork(JSON.stringify({format: "pattern-kitchen-work", version: 1, work: {"cell:a": {}}}))).toThrow(/no code/);
  });
  it("save() on full storage returns false and reports a message instead of throwing", () => {
    const messages: string[] = [];
    onStorageProblem((m) => messages.push(m));
    storage.full = true;
    expect(save("cell:a", {code: "x"})).toBe(false);
    expect(messages.at(-1)).toMatch(/full/);
  });
});
