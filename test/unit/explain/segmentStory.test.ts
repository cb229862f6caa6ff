import {describe, expect, it} from "vitest";
import {
  circularMeanHour,
  customerMessage,
  cutTree,
  daypart,
  deliveryProfiles,
  encodeCustomers,
  formatHour,
  hierarchical,
  hourArc,
  hourCircle,
  hourGap,
  segmentStories,
  segmentStory
} from "../../../src/index.js";
import type {DeliveryProfile, DeliveryTrait} from "../../../src/index.js";

const columns = ["average_order_value", "order_frequency", "preferred_cuisine_diversity", "peak_ordering_time", "seasonal_variation"];
// The seed's ten customers.
const names = ["Regular Eve", "Premium Diverse", "Budget Lunch", "Moderate Lunch", "Frequent Budget", "Late Night Premium", "Standard Eve", "Premium Eve", "Minimal Lunch", "Frequent Moderate"];
const X = [
  [25.5, 8, 3, 19, 2],
  [45.2, 12, 5, 20, 4],
  [15.3, 4, 2, 12, 1],
  [32.8, 6, 4, 13, 3],
  [18.9, 15, 2, 18, 1],
  [52.6, 9, 6, 21, 5],
  [28.4, 7, 3, 19, 2],
  [41.1, 10, 4, 20, 4],
  [12.75, 3, 1, 11, 1],
  [38.2, 14, 3, 18, 3]
];

/** A profile with the given z-scores (others 0), at a given hour, for hitting one rule at a time. */
function profile(z: Partial<Record<DeliveryTrait, number>> = {}, {hour = 19, hourSpread = 0} = {}): DeliveryProfile {
  const zz = {value: 0, frequency: 0, diversity: 0, seasonality: 0, ...z};
  return {
    size: 2,
    share: 0.2,
    z: zz,
    mean: {value: 30 + 10 * zz.value, frequency: 9 + 4 * zz.frequency, diversity: 3 + 1.4 * zz.diversity, seasonality: 2.6 + 1.4 * zz.seasonality},
    hour,
    hourSpread,
    monthlySpend: 300,
    overallMonthlySpend: 290,
    revenueShare: 0.21,
    summary: []
  };
}

const rules = (lines: {rule: string}[]) => lines.map((l) => l.rule);

describe("circular hours", () => {
  it("hourGap(23, 1) is 2 hours, the short way round the clock", () => {
    expect(hourGap(23, 1)).toBe(2);
    expect(hourGap(1, 23)).toBe(2);
    expect(hourGap(12, 0)).toBe(12);
    expect(hourGap(25, 23)).toBe(2);
  });

  it("hourCircle(hour) puts 0:00 at the top, 6:00 on the right and 23:00 next to 1:00", () => {
    expect(hourCircle(0)[0]).toBeCloseTo(0, 12);
    expect(hourCircle(0)[1]).toBeCloseTo(1, 12);
    expect(hourCircle(6)[0]).toBeCloseTo(1, 12);
    const [a, b] = [hourCircle(23), hourCircle(1)];
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeCloseTo(2 * Math.sin(Math.PI / 12), 12);
  });

  it("circularMeanHour([23, 1]) is midnight where the plain mean says noon; NaN when the hours cancel", () => {
    expect(hourGap(circularMeanHour([23, 1]), 0)).toBeCloseTo(0, 9);
    expect(circularMeanHour([20, 21, 20])).toBeCloseTo(20.333, 2);
    expect(circularMeanHour([6, 18])).toBeNaN();
    expect(circularMeanHour([])).toBeNaN();
  });

  it("hourArc(hours) is the shortest stretch of the clock holding them all, across midnight too", () => {
    expect(hourArc([22, 23, 1])).toEqual({from: 22, to: 1, length: 3});
    expect(hourArc([13, 19, 19])).toEqual({from: 13, to: 19, length: 6});
    expect(hourArc([5])).toEqual({from: 5, to: 5, length: 0});
  });

  it("formatHour(20.5) is 20:30 and formatHour(-1) is 23:00", () => {
    expect(formatHour(20.5)).toBe("20:30");
    expect(formatHour(-1)).toBe("23:00");
    expect(formatHour(23.999)).toBe("00:00");
  });
});

describe("encodeCustomers", () => {
  it("encodeCustomers(X, {hour: \"number\"}) standardizes every column, as standardize", () => {
    const {data, columns: out} = encodeCustomers(X, {columns});
    expect(out).toEqual(columns);
    for (let j = 0; j < 5; ++j) {
      const col = data.map((r) => r[j]);
      expect(col.reduce((a, b) => a + b, 0) / col.length).toBeCloseTo(0, 12);
      expect(col.reduce((a, b) => a + b * b, 0) / col.length).toBeCloseTo(1, 12);
    }
  });

  it("encodeCustomers(X, {hour: \"circle\"}) puts 23:00 and 01:00 as close as 11:00 and 13:00, with one shared scale", () => {
    const enc = encodeCustomers(X, {columns, hour: "circle"});
    expect(enc.columns).toEqual(["average_order_value", "order_frequency", "preferred_cuisine_diversity", "peak_ordering_time_sin", "peak_ordering_time_cos", "seasonal_variation"]);
    expect(enc.scale[3]).toBe(enc.scale[4]);
    const [a, b, c, d] = enc.transform([
      [30, 9, 3, 23, 2],
      [30, 9, 3, 1, 2],
      [30, 9, 3, 11, 2],
      [30, 9, 3, 13, 2]
    ]);
    const dist = (p: number[], q: number[]) => Math.hypot(...p.map((v, j) => v - q[j]));
    expect(dist(a, b)).toBeCloseTo(dist(c, d), 12);
    // As a plain number the same pair is eleven times farther apart than 11:00 and 13:00.
    const plain = encodeCustomers(X, {columns}).transform([
      [30, 9, 3, 23, 2],
      [30, 9, 3, 1, 2],
      [30, 9, 3, 11, 2],
      [30, 9, 3, 13, 2]
    ]);
    expect(dist(plain[0], plain[1]) / dist(plain[2], plain[3])).toBeCloseTo(11, 12);
  });

  it("encodeCustomers(X, {scaling: \"none\"}) leaves the numbers as they are", () => {
    expect(encodeCustomers(X, {columns, scaling: "none"}).data).toEqual(X);
  });

  it("encodeCustomers rejects an unknown scaling, a missing hour column and a non-number with a message", () => {
    expect(() => encodeCustomers(X, {columns, scaling: "log" as never})).toThrow(/unknown scaling: log/);
    expect(() => encodeCustomers(X, {columns: ["a", "b", "c", "d", "e"], hour: "circle"})).toThrow(/needs an hour column "peak_ordering_time"/);
    expect(() => encodeCustomers([[1, 2, 3, NaN, 5]], {columns})).toThrow(/peak_ordering_time = NaN/);
  });
});

describe("deliveryProfiles", () => {
  const labels = cutTree(hierarchical(encodeCustomers(X, {columns}).data, {linkage: "ward"}).merges, {k: 4});
  const profiles = deliveryProfiles(X, labels, {columns});

  it("deliveryProfiles(X, labels) gives sizes, z-scores against everyone and mean/min/max per column", () => {
    expect(profiles.map((p) => p.size)).toEqual([3, 3, 2, 2]);
    const premium = profiles[labels[1]];
    expect(premium.mean.value).toBeCloseTo((45.2 + 52.6 + 41.1) / 3, 12);
    const mean = X.reduce((a, r) => a + r[0], 0) / 10;
    const std = Math.sqrt(X.reduce((a, r) => a + (r[0] - mean) ** 2, 0) / 10);
    expect(premium.z.value).toBeCloseTo((premium.mean.value - mean) / std, 12);
    expect(premium.summary[0]).toEqual({column: "average_order_value", mean: premium.mean.value, min: 41.1, max: 52.6});
    expect(premium.summary[3].min).toBe(20);
    expect(premium.summary[3].max).toBe(21);
    expect(profiles.reduce((a, p) => a + p.revenueShare, 0)).toBeCloseTo(1, 12);
  });

  it("deliveryProfiles rejects labels that don't match the rows or leave a segment empty", () => {
    expect(() => deliveryProfiles(X, [0, 1], {columns})).toThrow(/2 labels for 10 customers/);
    expect(() => deliveryProfiles(X, X.map(() => 1), {columns})).toThrow(/segment 0 has no customers/);
    expect(() => deliveryProfiles(X, labels, {columns: ["a", "b", "c", "d", "e"]})).toThrow(/no column "average_order_value"/);
  });
});

describe("daypart", () => {
  it("daypart(hour) reads breakfast, lunch, afternoon, evening and late-night from the clock, and midnight as late-night", () => {
    expect([7, 12, 16, 19, 21, 0, 3].map((h) => daypart(h))).toEqual(["breakfast", "lunch", "afternoon", "evening", "late-night", "late-night", "late-night"]);
  });

  it("daypart(hour, spread) is mixed when the peak hours spread over more than 4 hours or have no mean", () => {
    expect(daypart(17, 6)).toBe("mixed");
    expect(daypart(17, 4)).toBe("evening");
    expect(daypart(NaN)).toBe("mixed");
  });
});

describe("segmentStory", () => {
  it("segmentStory(profile) names high order value premium and low order value budget, with one insight and recommendation each", () => {
    const high = segmentStory(profile({value: 1.2}));
    expect(high.name).toBe("Premium dinner customers");
    expect(rules(high.insights)).toContain("value-high");
    expect(rules(high.recommendations)).toEqual(["value-high", "time-evening"]);
    const low = segmentStory(profile({value: -1.2}));
    expect(low.name).toBe("Budget dinner customers");
    expect(rules(low.recommendations)).toEqual(["value-low", "time-evening"]);
    expect(low.recommendations[0].text).toContain("$18.00");
  });

  it("segmentStory(profile) calls frequent customers regulars and rare ones occasional orderers", () => {
    expect(segmentStory(profile({frequency: 1.5})).name).toBe("Mid-range dinner regulars");
    expect(segmentStory(profile({frequency: -1.5})).name).toBe("Mid-range dinner occasional orderers");
    expect(rules(segmentStory(profile({frequency: 1.5})).recommendations)[0]).toBe("frequency-high");
    expect(rules(segmentStory(profile({frequency: -1.5})).recommendations)[0]).toBe("frequency-low");
  });

  it("segmentStory(profile) calls many cuisines explorers and few loyalists, the stronger of frequency and diversity winning", () => {
    expect(segmentStory(profile({diversity: 1})).name).toBe("Mid-range dinner explorers");
    expect(segmentStory(profile({diversity: -1})).name).toBe("Mid-range dinner loyalists");
    expect(segmentStory(profile({diversity: 1, frequency: 0.7})).name).toBe("Mid-range dinner explorers");
    expect(segmentStory(profile({diversity: 0.7, frequency: -1})).name).toBe("Mid-range dinner occasional orderers");
  });

  it("segmentStory(profile) names lunch, dinner, late-night and mixed ordering times from the hour, not the cluster number", () => {
    expect(segmentStory(profile({}, {hour: 12})).name).toBe("Mid-range lunch customers");
    expect(segmentStory(profile({}, {hour: 22})).name).toBe("Mid-range late-night customers");
    expect(segmentStory(profile({}, {hour: 0.5})).name).toBe("Mid-range late-night customers");
    expect(segmentStory(profile({}, {hour: 8})).name).toBe("Mid-range breakfast customers");
    expect(segmentStory(profile({}, {hour: 16})).name).toBe("Mid-range afternoon customers");
    const mixed = segmentStory(profile({}, {hour: 17, hourSpread: 6}));
    expect(mixed.name).toBe("Mid-range customers");
    expect(rules(mixed.insights)).toContain("time-mixed");
    expect(rules(segmentStory(profile({}, {hour: 12})).recommendations)).toContain("time-lunch");
    expect(segmentStory(profile({}, {hour: 12})).recommendations.find((r) => r.rule === "time-lunch")!.text).toContain("11:00");
    expect(rules(segmentStory(profile({}, {hour: 22})).recommendations)).toContain("time-late-night");
  });

  it("segmentStory(profile) puts seasonal or year-round first only when seasonality is the strongest trait", () => {
    expect(segmentStory(profile({seasonality: 1.3, value: 1.2})).name).toBe("Seasonal premium dinner customers");
    expect(segmentStory(profile({seasonality: -1.3})).name).toBe("Year-round mid-range dinner customers");
    expect(segmentStory(profile({seasonality: 1, value: 1.2})).name).toBe("Premium dinner customers");
    expect(rules(segmentStory(profile({seasonality: 1, value: 1.2})).insights)).toEqual(["revenue", "value-high", "seasonality-high", "time-evening"]);
    expect(rules(segmentStory(profile({seasonality: -1})).recommendations)).toContain("seasonality-low");
  });

  it("segmentStory(profile) flags big-but-rare and small-but-often baskets, and a typical segment", () => {
    expect(rules(segmentStory(profile({value: 1, frequency: -1})).insights)).toContain("big-but-rare");
    expect(rules(segmentStory(profile({value: -1, frequency: 1})).insights)).toContain("small-but-often");
    const typical = segmentStory(profile({value: 0.3, frequency: -0.4}));
    expect(typical.traits).toEqual([]);
    expect(rules(typical.insights)).toEqual(["revenue", "time-evening", "typical"]);
    expect(rules(typical.recommendations)).toEqual(["time-evening", "typical"]);
  });

  it("segmentStory(profile, {threshold}) counts a trait only at or above the threshold", () => {
    expect(segmentStory(profile({value: 0.6}), {threshold: 0.5}).name).toBe("Premium dinner customers");
    expect(segmentStory(profile({value: 0.6}), {threshold: 1}).name).toBe("Mid-range dinner customers");
    expect(() => segmentStory(profile(), {threshold: 0})).toThrow(/threshold = 0/);
  });

  it("segmentStories(profiles) keeps names unique, first by a trait the name doesn't say, then by number", () => {
    const stories = segmentStories([profile({value: 1, seasonality: 0.8}), profile({value: 1, seasonality: -0.8}), profile({value: 1}), profile({value: 1})]);
    expect(stories.map((s) => s.name)).toEqual([
      "Premium dinner customers (seasonal)",
      "Premium dinner customers (steady)",
      "Premium dinner customers (1)",
      "Premium dinner customers (2)"
    ]);
  });

  it("segmentStories on the seed's customers, ward, k = 4, gives the four expected segments whatever order the labels come in", () => {
    const labels = cutTree(hierarchical(encodeCustomers(X, {columns}).data, {linkage: "ward"}).merges, {k: 4});
    const byName = (ls: number[]) => {
      const stories = segmentStories(deliveryProfiles(X, ls, {columns}));
      return Object.fromEntries(stories.map((s, c) => [s.name, names.filter((_, i) => ls[i] === c)]));
    };
    const expected = {
      "Mid-range customers": ["Regular Eve", "Moderate Lunch", "Standard Eve"],
      "Seasonal premium dinner explorers": ["Premium Diverse", "Late Night Premium", "Premium Eve"],
      "Budget lunch occasional orderers": ["Budget Lunch", "Minimal Lunch"],
      "Mid-range dinner regulars": ["Frequent Budget", "Frequent Moderate"]
    };
    expect(byName(labels)).toEqual(expected);
    // Renumbering the segments changes nothing but the order.
    expect(byName(labels.map((l) => 3 - l))).toEqual(expected);
  });
});

describe("customerMessage", () => {
  const customer = {name: "Ana", value: 47.5, frequency: 12, diversity: 5, hour: 21, seasonality: 4};

  it("customerMessage(story, customer) picks the offer by the segment's strongest trait and fills in the customer's numbers", () => {
    const cases: [Partial<Record<DeliveryTrait, number>>, string, string][] = [
      [{value: 2}, "value-high", "free priority delivery on orders over $45.00"],
      [{value: -2}, "value-low", "under $48.00"],
      [{frequency: 2}, "frequency-high", "about 12 times a month"],
      [{frequency: -2}, "frequency-low", "$5 off"],
      [{diversity: 2}, "diversity-high", "explored 5 cuisines"],
      [{diversity: -2}, "diversity-low", "reorder in one tap"],
      [{seasonality: 2}, "seasonality-high", "seasonal menu"],
      [{seasonality: -2}, "seasonality-low", "all year round"],
      [{}, "typical", "10% off"]
    ];
    for (const [z, rule, fragment] of cases) {
      const m = customerMessage(segmentStory(profile(z)), customer);
      expect(m.rule).toBe(rule);
      expect(m.text).toContain(fragment);
      expect(m.text.startsWith("Hi Ana! ")).toBe(true);
    }
  });

  it("customerMessage(story, customer) is timed by the customer's own hour, an hour before it", () => {
    const story = segmentStory(profile({value: 1}, {hour: 19}));
    const m = customerMessage(story, {...customer, hour: 0});
    expect(m.sendAt).toBe("23:00");
    expect(m.text).toContain("your usual 00:00 late-night order");
    expect(customerMessage(story, {...customer, hour: 12}).text).toContain("your usual 12:00 lunch");
    expect(() => customerMessage(story, {...customer, hour: NaN})).toThrow(/hour = NaN/);
  });
});
