// Hartigan–Wong single-point moves that end every k-means run, bounded as Hamerly's assignment steps.
import type {Matrix} from "../../core/matrix.js";
import {squaredDistance} from "../../core/squaredDistance.js";
import {lowerBoundDrops} from "./assignStep.js";
import type {Workspace} from "./workspace.js";

/** Sweeps of the Hartigan refinement at most; each one that moves a point lowers the inertia. */
const MAX_SWEEPS = 100;

/**
 * Hartigan–Wong style single-point refinement of a converged Lloyd run (Hartigan & Wong 1979;
 * Telgarsky & Vattani 2010; Slonim, Aharoni & Crammer 2013). Moving x from cluster A (nA points,
 * mean a) to B (nB points, mean b) changes the inertia by nB/(nB+1)·‖x − b‖² − nA/(nA−1)·‖x − a‖²,
 * so a point can be worth moving although its own mean is the nearest: Lloyd cannot see that.
 * Every move lowers the inertia and a partition with no such move left is also Lloyd-stable, so
 * this never makes a run worse. The means move after each move, which Hamerly's bounds absorb as
 * drift: `upper` is stored minus the drift of the point's own cluster and `lower` plus the total
 * drift, so one comparison settles most points without computing a distance. After a full sweep,
 * the later sweeps visit only the few rows whose bounds could fail within a drift budget (see
 * `settledList`); the rows left out would be skipped anyway, so the moves, in the same order, are
 * those of full sweeps. Never empties a cluster. Leaves the means in `w.means` and returns how
 * many points moved.
 */
export function hartigan({data, n, d}: Matrix, k: number, w: Workspace, boundCenters: Float64Array): number {
  const {labels, upper, lower, sums, counts, means, drift, touched} = w;
  w.checkpoint.set(boundCenters);
  touched.fill(0);
  let driftTotal = 0;
  for (let c = 0; c < k; ++c) {
    let s = 0;
    for (let j = 0, q = c * d; j < d; ++j) {
      const v = sums[q + j] / counts[c];
      const delta = v - boundCenters[q + j];
      means[q + j] = v;
      s += delta * delta;
    }
    drift[c] = Math.sqrt(s);
    driftTotal += drift[c];
  }
  // The smallest factor nB/(nB+1) over all clusters: it scales the lower bound of any target.
  let factor = smallestGrowthFactor(k, counts);
  const shrinkOf = new Float64Array(k);
  for (let c = 0; c < k; ++c) shrinkOf[c] = counts[c] > 1 ? counts[c] / (counts[c] - 1) : Infinity;
  let moves = 0;
  // After a full sweep, the points that stay settled however the means drift by up to `budget` are
  // left out of the next sweeps (see `settledList`): these visit only `list`, in row order, until
  // the drift or the number of moves runs out of budget, then finish as a full sweep.
  const list = w.settled;
  let listLength = -1;
  let budget = 0;
  let budgetMoves = 0;
  let anchor = 0;
  let sinceAnchor = 0;
  for (let sweep = 0; sweep < MAX_SWEEPS; ++sweep) {
    let moved = 0;
    let full = listLength < 0;
    const sweepStart = driftTotal;
    for (let pos = 0; ; ) {
      let i: number;
      if (full) {
        if (pos >= n) break;
        i = pos++;
      } else {
        if (pos >= listLength) break;
        i = list[pos++];
      }
      const a = labels[i];
      // nA/(nA−1), kept per cluster (a division per point would cost more than the bound test).
      const shrink = shrinkOf[a];
      if (shrink === Infinity) continue;
      const l = lower[i] - driftTotal;
      const reach = l > 0 ? factor * l * l : 0;
      const u = upper[i] + drift[a];
      if (reach >= shrink * u * u) continue;
      const sa = squaredDistance(data, i, means, a, d);
      upper[i] = Math.sqrt(sa) - drift[a];
      touched[i] |= 1;
      const cost = shrink * sa;
      if (reach >= cost) continue;
      let target = -1;
      // A relative margin keeps rounding from moving a point back and forth.
      let gain = cost * (1 - 1e-12);
      let nearest = Infinity;
      for (let c = 0; c < k; ++c) {
        if (c === a) continue;
        const s = squaredDistance(data, i, means, c, d);
        if (s < nearest) nearest = s;
        const t = (counts[c] / (counts[c] + 1)) * s;
        if (t < gain) {
          gain = t;
          target = c;
        }
      }
      if (target < 0) {
        lower[i] = Math.sqrt(nearest) + driftTotal;
        touched[i] = 3;
        continue;
      }
      counts[a] -= 1;
      counts[target] += 1;
      const p = i * d;
      let shiftA = 0;
      let shiftB = 0;
      for (let j = 0, qa = a * d, qb = target * d; j < d; ++j) {
        const v = data[p + j];
        sums[qa + j] -= v;
        sums[qb + j] += v;
        const ma = sums[qa + j] / counts[a];
        const mb = sums[qb + j] / counts[target];
        shiftA += (ma - means[qa + j]) ** 2;
        shiftB += (mb - means[qb + j]) ** 2;
        means[qa + j] = ma;
        means[qb + j] = mb;
      }
      drift[a] += Math.sqrt(shiftA);
      drift[target] += Math.sqrt(shiftB);
      driftTotal += Math.sqrt(shiftA) + Math.sqrt(shiftB);
      factor = smallestGrowthFactor(k, counts);
      shrinkOf[a] = counts[a] > 1 ? counts[a] / (counts[a] - 1) : Infinity;
      shrinkOf[target] = counts[target] / (counts[target] - 1);
      labels[i] = target;
      upper[i] = Math.sqrt(squaredDistance(data, i, means, target, d)) - drift[target];
      // Its bounds, exact against the updated means.
      let other = squaredDistance(data, i, means, a, d);
      for (let c = 0; c < k; ++c) {
        if (c === a || c === target) continue;
        const s = squaredDistance(data, i, means, c, d);
        if (s < other) other = s;
      }
      lower[i] = Math.sqrt(other) + driftTotal;
      touched[i] = 3;
      ++moved;
      if (!full && (++sinceAnchor >= budgetMoves || driftTotal - anchor >= budget)) {
        // Out of budget: the rows after this one are visited as a full sweep would.
        full = true;
        pos = i + 1;
      }
    }
    moves += moved;
    if (moved === 0) break;
    if (full) {
      // The budget: as much drift as this sweep caused (later sweeps move fewer points).
      const increase = driftTotal - sweepStart;
      rebase(n, k, d, w, driftTotal);
      driftTotal = 0;
      budget = increase;
      budgetMoves = Math.max(16, 2 * moved);
      anchor = driftTotal;
      sinceAnchor = 0;
      listLength = settledList(n, k, w, factorFloor(k, counts, budgetMoves), budgetMoves, budget, driftTotal, list);
      // A list of most rows saves nothing: sweep them all.
      if (listLength > n / 2) listLength = -1;
    }
  }
  return moves;
}

/**
 * Re-anchors the Hartigan bounds on the current means after a full sweep. Between anchors a bound
 * loosens by the path its means travelled (`drift`: every move adds the length of two small
 * steps), which over dozens of sweeps on overlapping clusters grows far beyond how far the means
 * actually went, until every bound fails and each sweep recomputes every distance (4.3 s for
 * kmeans() at 60,000 × 10, k = 7, against scikit-learn's 0.8 s). A bound not set since the last
 * anchor is instead loosened by each mean's straight-line displacement since that anchor (for the
 * lower bound, the largest among the other clusters); bounds set since then keep the drift-based
 * loosening (only their own is known to hold). Leaves `drift` at 0.
 */
function rebase(n: number, k: number, d: number, w: Workspace, driftTotal: number): void {
  const {labels, upper, lower, means, drift, checkpoint, displacement, touched} = w;
  for (let c = 0; c < k; ++c) displacement[c] = Math.sqrt(squaredDistance(means, c, checkpoint, c, d));
  const drop = lowerBoundDrops(k, displacement, w.drop);
  for (let i = 0; i < n; ++i) {
    const a = labels[i];
    const t = touched[i];
    upper[i] = (t & 1) !== 0 ? upper[i] + drift[a] : upper[i] + displacement[a];
    lower[i] = (t & 2) !== 0 ? lower[i] - driftTotal : lower[i] - drop[a];
  }
  touched.fill(0);
  checkpoint.set(means);
  drift.fill(0);
}

/** {@link smallestGrowthFactor} once up to `moves` points have left any cluster (0 when one could empty). */
function factorFloor(k: number, counts: Float64Array, moves: number): number {
  let factor = 1;
  for (let c = 0; c < k; ++c) {
    const m = counts[c] - moves;
    if (m < 1) return 0;
    const f = m / (m + 1);
    if (f < factor) factor = f;
  }
  return factor;
}

/**
 * The rows a Hartigan sweep may still have to examine, into `list` (returns its length). A row
 * in cluster a is skipped while factor·(lower − D)² ≥ nA/(nA−1)·(upper + drift_a)², D the total
 * drift; D and drift_a grow by at most Δ, the drift since now, and with at most `moves` moves the
 * factors stay within `factor` (a floor) and (nA−m)/(nA−m−1) (a ceiling). So a row stays skipped
 * while Δ ≤ (√F·(lower − D) − √S·(upper + drift_a)) / (√F + √S); those with less slack than
 * `budget` (plus a rounding margin) are listed.
 */
function settledList(n: number, k: number, w: Workspace, factor: number, moves: number, budget: number, driftTotal: number, list: Int32Array): number {
  const {labels, upper, lower, counts, drift} = w;
  const rootF = Math.sqrt(factor);
  const rootS = new Float64Array(k);
  for (let c = 0; c < k; ++c) {
    const m = counts[c] - moves;
    rootS[c] = m > 1 ? Math.sqrt(m / (m - 1)) : Infinity;
  }
  let length = 0;
  for (let i = 0; i < n; ++i) {
    const a = labels[i];
    const s = rootS[a];
    const l = lower[i] - driftTotal;
    const u = upper[i] + drift[a];
    const slack = (rootF * l - s * u) / (rootF + s);
    // slack is NaN for an unbounded factor: listed.
    if (!(slack > budget * (1 + 1e-9) + 1e-9 * (l + u))) list[length++] = i;
  }
  return length;
}

function smallestGrowthFactor(k: number, counts: Float64Array): number {
  let factor = 1;
  for (let c = 0; c < k; ++c) {
    const f = counts[c] / (counts[c] + 1);
    if (f < factor) factor = f;
  }
  return factor;
}
