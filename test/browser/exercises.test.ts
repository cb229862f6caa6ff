// Every exercise of every lesson and of the assignment, answered by typing into its editor: a wrong
// answer gets "Not yet" with the sentence that names the mistake, a right one gets "Right".
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser} from "playwright-core";
import {launch, open} from "./harness.js";
import {runCell, typeCode, verdict} from "./cells.js";

interface Answer {
  right: string;
  wrong: string;
  says: RegExp;
}

const hourCircle = 'encodeCustomers(customersX, {columns: customersFeatures, hour: "circle"}).data';
const covariance = `const X = profilesX;
const n = X.length;
const m = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);`;

const answers: Record<string, Record<string, Answer>> = {
  "/kmeans": {
    "kmeans-standardize": {
      right: `const X = spicesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const sds = X[0].map((_, j) => Math.sqrt(X.reduce((s, r) => s + (r[j] - means[j]) ** 2, 0) / n));
X.map((row) => row.map((v, j) => (v - means[j]) / sds[j]))`,
      wrong: `const X = spicesX;
const n = X.length;
const means = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
const sds = X[0].map((_, j) => Math.sqrt(X.reduce((s, r) => s + (r[j] - means[j]) ** 2, 0) / (n - 1)));
X.map((row) => row.map((v, j) => (v - means[j]) / sds[j]))`,
      says: /divided by n − 1/
    },
    "kmeans-assign": {
      right: `const Z = standardize(spicesX).data;
const centres = [Z[0], Z[3], Z[6]];
const d = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
Z.map((row) => { const ds = centres.map((c) => d(row, c)); return ds.indexOf(Math.min(...ds)); })`,
      wrong: "[0, 0, 1, 1, 0, 0, 2, 0]",
      says: /White Sugar is nearest centre 2/
    },
    "kmeans-update": {
      right: `const Z = standardize(spicesX).data;
const labels = [0, 0, 1, 1, 0, 0, 2, 2];
Array.from({length: 3}, (_, c) => Z.filter((_, i) => labels[i] === c)).map((rows) => rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length))`,
      wrong: `const Z = standardize(spicesX).data;
[Z[0], Z[3]]`,
      says: /your centres have 2 rows; k is 3/
    },
    "kmeans-inertia": {
      right: `const Z = standardize(spicesX).data;
const fit = kmeans(Z, {k: 4, seed: 42});
Z.reduce((s, row, i) => s + row.reduce((t, v, j) => t + (v - fit.centers[fit.labels[i]][j]) ** 2, 0), 0)`,
      wrong: "Math.sqrt(kmeans(standardize(spicesX).data, {k: 4, seed: 42}).inertia)",
      says: /square root/
    }
  },
  "/hierarchical": {
    "hierarchical-first-merge": {
      right: `const Z = standardize(recipesX).data;
const d = (a, b) => Math.hypot(...a.map((v, j) => v - b[j]));
let best = [0, 1, d(Z[0], Z[1])];
for (let i = 0; i < Z.length; ++i) for (let j = i + 1; j < Z.length; ++j) if (d(Z[i], Z[j]) < best[2]) best = [i, j, d(Z[i], Z[j])];
best`,
      wrong: "[0, 2, 1]",
      says: /Chicken Tikka and Stir Fry are closer/
    },
    "hierarchical-ward-cost": {
      right: `const Z = standardize(recipesX).data;
const mean = (rows) => rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
const mA = mean([Z[1], Z[3]]);
const mB = mean([Z[0], Z[7]]);
(2 * 2) / 4 * mA.reduce((s, v, j) => s + (v - mB[j]) ** 2, 0)`,
      wrong: `const Z = standardize(recipesX).data;
const mean = (rows) => rows[0].map((_, j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
const mA = mean([Z[1], Z[3]]);
const mB = mean([Z[0], Z[7]]);
Math.hypot(...mA.map((v, j) => v - mB[j]))`,
      says: /distance between the means/
    },
    "hierarchical-cut": {
      right: 'cutTree(hierarchical(standardize(recipesX).data, {linkage: "average"}).merges, {k: 3})',
      wrong: "cutTree(hierarchical(standardize(recipesX).data).merges, {k: 2})",
      says: /your labels make 2 groups; the average-linkage cut makes 3/
    }
  },
  "/pca": {
    "pca-covariance": {
      right: `${covariance}
m.map((_, a) => m.map((_, b) => X.reduce((s, r) => s + (r[a] - m[a]) * (r[b] - m[b]), 0) / (n - 1)))`,
      wrong: `${covariance}
m.map((_, a) => m.map((_, b) => X.reduce((s, r) => s + (r[a] - m[a]) * (r[b] - m[b]), 0) / n))`,
      says: /divide by n − 1/
    },
    "pca-power-iteration": {
      right: `${covariance}
const C = m.map((_, a) => m.map((_, b) => X.reduce((s, r) => s + (r[a] - m[a]) * (r[b] - m[b]), 0) / (n - 1)));
let v = m.map(() => 1);
for (let step = 0; step < 200; ++step) { const w = C.map((row) => row.reduce((s, c, j) => s + c * v[j], 0)); const len = Math.hypot(...w); v = w.map((x) => x / len); }
v`,
      wrong: "pca(profilesX).components[1]",
      says: /90\.0° away from pca\(\)'s first component/
    },
    "pca-scores": {
      right: `const model = pca(profilesX, {components: 2});
const scores = profilesX.map((row) => model.components.map((c) => row.reduce((s, v, j) => s + (v - model.mean[j]) * c[j], 0)));
show.scatter(scores, profilesNames);
scores`,
      wrong: "profilesX.map((row) => [row[0], row[1]])",
      says: /away from pca\(\)'s/
    }
  },
  "/dbscan": {
    "dbscan-neighbours": {
      right: `const Z = standardize(dishesX).data;
Z.filter((r) => Math.hypot(...r.map((v, j) => v - Z[3][j])) <= 0.8).length`,
      wrong: `const Z = standardize(dishesX).data;
Z.filter((r) => Math.hypot(...r.map((v, j) => v - Z[3][j])) <= 0.8).length - 1`,
      says: /the dish itself counts/
    },
    "dbscan-core": {
      right: `const Z = standardize(dishesX).data;
const nb = (i) => Z.filter((r) => Math.hypot(...r.map((v, j) => v - Z[i][j])) <= 0.8).length;
Z.filter((_, i) => nb(i) >= 3).length`,
      wrong: "12",
      says: /your count is 12; dbscan\(\) gives \d/
    },
    "dbscan-noise": {
      right: `const r = dbscan(standardize(dishesX).data, {eps: 0.8, minSamples: 3});
dishesNames.filter((_, i) => r.labels[i] === -1)`,
      wrong: '["Mystery Dish"]',
      says: /noise too/
    }
  },
  "/assignment": {
    "assignment-prepare": {right: hourCircle, wrong: "standardize(customersX).data", says: /23:00 and 01:00 would be 22 apart/},
    "assignment-tree": {
      right: `const merges = hierarchical(${hourCircle}).merges;
show.dendrogram(merges, customersNames);
merges`,
      wrong: 'hierarchical(encodeCustomers(customersX, {columns: customersFeatures, hour: "number"}).data).merges',
      says: /plain number/
    },
    "assignment-cut": {right: `cutTree(hierarchical(${hourCircle}).merges, {k: 4})`, wrong: `cutTree(hierarchical(${hourCircle}).merges, {k: 3})`, says: /make 3 groups/},
    "assignment-profile": {
      right: `const labels = cutTree(hierarchical(${hourCircle}).merges, {k: 4});
deliveryProfiles(customersX, labels, {columns: customersFeatures}).map((p) => ({size: p.size, ...Object.fromEntries(p.summary.map((s) => [s.column, s.mean]))}))`,
      wrong: `const labels = cutTree(hierarchical(${hourCircle}).merges, {k: 4});
deliveryProfiles(customersX, labels, {columns: customersFeatures}).map((p) => ({size: p.size, ...Object.fromEntries(p.summary.map((s) => [s.column, s.mean])), peak_ordering_time: p.hour + 1}))`,
      says: /circularMeanHour/
    }
  }
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("exercises", () => {
  for (const [route, byId] of Object.entries(answers)) {
    it(`${route}: every exercise says Not yet to a wrong answer (naming the mistake) and Right to a right one`, async () => {
      const {page, context, watch} = await open(browser, route, {waitFor: ".pk-exercise"});
      try {
        const ids = await page.locator(".pk-exercise").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.exercise));
        expect(ids.sort()).toEqual(Object.keys(byId).sort());
        for (const [id, answer] of Object.entries(byId)) {
          const cellId = `exercise-${id}`;
          await typeCode(page, cellId, answer.wrong);
          await runCell(page, cellId);
          const no = await verdict(page, cellId);
          expect(no.ok, `${id} wrong: ${no.text}`).toBe(false);
          expect(no.text, id).toMatch(new RegExp(answer.says.source, "i"));
          await typeCode(page, cellId, answer.right);
          await runCell(page, cellId);
          const yes = await verdict(page, cellId);
          expect(yes.ok, `${id} right: ${yes.text}`).toBe(true);
          expect(await page.locator(`#exercise-${id} h3`).textContent()).toContain("solved");
        }
        expect(watch.pageErrors).toEqual([]);
        expect(watch.offsite).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);
  }
});
