import {describe, expect, it} from "vitest";
import {PACKED_DISKS, SHAPES, makeBridge, makeDensityBars, makeMouse, makePackedCircles, makeRings, makeShape, makeSmiley} from "../../../src/index.js";
import {gapBetween, groupSizes} from "./helpers.js";

const dist = (p: readonly number[], c: readonly number[]) => Math.hypot(p[0] - c[0], p[1] - c[1]);

describe("makeSmiley", () => {
  it("makeSmiley({noise: 0}) puts the outline on the unit circle, the eyes in their disks and the mouth on its arc below", () => {
    const {X, y} = makeSmiley({n: 400, noise: 0});
    expect(groupSizes(y)).toEqual([180, 40, 40, 140]);
    X.forEach((p, i) => {
      if (y[i] === 0) expect(dist(p, [0, 0])).toBeCloseTo(1, 12);
      if (y[i] === 1) expect(dist(p, [-0.35, 0.3])).toBeLessThanOrEqual(0.12);
      if (y[i] === 2) expect(dist(p, [0.35, 0.3])).toBeLessThanOrEqual(0.12);
      if (y[i] === 3) {
        expect(dist(p, [0, 0])).toBeCloseTo(0.55, 12);
        expect(p[1]).toBeLessThan(-0.24);
      }
    });
  });
});

describe("makePackedCircles", () => {
  it("makePackedCircles() fills five disks at one density, separated by gaps of at least 0.049", () => {
    const {X, y} = makePackedCircles({n: 2000, seed: 1});
    X.forEach((p, i) => expect(dist(p, PACKED_DISKS[y[i]])).toBeLessThanOrEqual(PACKED_DISKS[y[i]][2]));
    const sizes = groupSizes(y);
    sizes.forEach((s, g) => expect(s / 2000).toBeCloseTo(PACKED_DISKS[g][2] ** 2 / 2.59, 3));
    for (let a = 0; a < 5; ++a) for (let b = a + 1; b < 5; ++b) expect(gapBetween(X, y, a, b)).toBeGreaterThanOrEqual(0.049);
  });
});

describe("makeDensityBars", () => {
  it("makeDensityBars() makes three bars, 1 × 4 each, 0.5 apart, with 60%, 30% and 10% of the points", () => {
    const {X, y} = makeDensityBars({n: 1000});
    expect(groupSizes(y)).toEqual([600, 300, 100]);
    X.forEach(([a, b], i) => {
      expect(a).toBeGreaterThanOrEqual(1.5 * y[i]);
      expect(a).toBeLessThan(1.5 * y[i] + 1);
      expect(b >= 0 && b < 4).toBe(true);
    });
  });
});

describe("makeRings", () => {
  it("makeRings({noise: 0}) puts group i on the circle of radius i + 1 with points in proportion to its length", () => {
    const {X, y} = makeRings({n: 600, noise: 0});
    expect(groupSizes(y)).toEqual([100, 200, 300]);
    X.forEach((p, i) => expect(dist(p, [0, 0])).toBeCloseTo(y[i] + 1, 12));
    expect(groupSizes(makeRings({n: 100, rings: 4}).y)).toEqual([10, 20, 30, 40]);
    expect(() => makeRings({rings: 9})).toThrow(/rings = 9/);
  });
});

describe("makeMouse", () => {
  it("makeMouse() puts 76% of the points in the head and the rest in two ears that do not touch it", () => {
    const {X, y} = makeMouse({n: 1320});
    expect(groupSizes(y)).toEqual([1000, 160, 160]);
    const centres = [[0, 0, 1], [-1.05, 1.05, 0.4], [1.05, 1.05, 0.4]];
    X.forEach((p, i) => expect(dist(p, centres[y[i]])).toBeLessThanOrEqual(centres[y[i]][2]));
    expect(gapBetween(X, y, 0, 1)).toBeGreaterThan(0.08);
  });
});

describe("makeBridge", () => {
  it("makeBridge({noise: 0}) joins blobs at (±2, 0) with an evenly spaced line of 10% of the points", () => {
    const {X, y} = makeBridge({n: 1000, noise: 0, shuffle: false});
    expect(groupSizes(y)).toEqual([500, 500]);
    const bridge = X.slice(900);
    expect(bridge[0]).toEqual([-1.5, 0]);
    expect(bridge[99][0]).toBeCloseTo(1.5, 12);
    for (let i = 1; i < bridge.length; ++i) expect(bridge[i][0] - bridge[i - 1][0]).toBeCloseTo(3 / 99, 12);
    bridge.forEach((p, i) => expect(y[900 + i]).toBe(p[0] < 0 ? 0 : 1));
  });
});

describe("makeShape", () => {
  it("makeShape(name, {n, seed}) makes every listed shape with n points, seeded", () => {
    for (const {name} of SHAPES) {
      const a = makeShape(name, {n: 123, seed: 3});
      expect(a.X).toHaveLength(123);
      expect(a.y).toHaveLength(123);
      expect(a.X.every((r) => r.length === 2 && r.every(Number.isFinite))).toBe(true);
      expect(makeShape(name, {n: 123, seed: 3})).toEqual(a);
    }
  });

  it("makeShape rejects an unknown shape", () => {
    expect(() => makeShape("donut" as never)).toThrow(/unknown shape: donut/);
  });
});
