// Words for the 2-D map of the rows (issue 18): what the map shows, of how many rows, and how far to trust it.

/** What the caption needs: the map's numbers (worker/mapRequest.js) and what the page drew. */
export interface MapCaptionInput {
  nFeatures: number;
  /** Rows mapped, rows with every feature, rows in the table. */
  nMapped: number;
  nPrepared: number;
  nTable: number;
  sampled: boolean;
  /** Points drawn (≤ nMapped). */
  drawn: number;
  seed: number;
  trustworthiness: number | null;
  trustNeighbors: number | null;
  trustSample: number;
  /** "segment" (a clustering), "label" (PCA with a label column: its name in `labelColumn`) or null (one colour). */
  colour: "segment" | "label" | null;
  labelColumn?: string | null;
  /** Segments of the result with no point on the map. */
  missed?: number[];
  /** Drawn points of noise, and drawn points marked uncertain (or "edge" for HDBSCAN). */
  noise?: number;
  uncertain?: number;
  uncertainWord?: "uncertain" | "edge";
  threshold?: number | null;
}

const int = (n: number) => n.toLocaleString("en-US");
const rows = (n: number) => `${int(n)} ${n === 1 ? "row" : "rows"}`;
const segment = (label: number) => (label === -1 ? "noise" : `segment ${label + 1}`);

/** "UMAP of the 5 prepared features; a seeded sample of 50,000 of 1,000,000 rows (seed 42). …" */
export function mapCaption(m: MapCaptionInput): string {
  const parts: string[] = [];
  const features = `${int(m.nFeatures)} prepared ${m.nFeatures === 1 ? "feature" : "features"}`;
  parts.push(m.sampled
    ? `UMAP of the ${features}; a seeded sample of ${int(m.nMapped)} of ${rows(m.nPrepared)} (every row equally likely, seed ${m.seed})${m.drawn < m.nMapped ? `, ${int(m.drawn)} of them drawn` : ""}.`
    : `UMAP of the ${features} of ${m.nMapped === m.nPrepared && m.nPrepared === m.nTable ? "all " : ""}${rows(m.nMapped)} (seed ${m.seed})${m.drawn < m.nMapped ? `, ${int(m.drawn)} of them drawn (a seeded sample)` : ""}.`);
  if (m.nPrepared < m.nTable) parts.push(`${rows(m.nTable - m.nPrepared)} with a missing feature value ${m.nTable - m.nPrepared === 1 ? "is" : "are"} not on the map.`);
  if (m.colour === "segment") {
    let s = "Colour and shape show the segment, as in the other views";
    if (m.noise) s += `; grey crosses are ${rows(m.noise)} of noise`;
    if (m.uncertain) s += `; hollow symbols mark ${rows(m.uncertain)} ${m.uncertainWord === "edge" ? "on a cluster's edge" : "whose segment is uncertain"} (membership below ${m.threshold ?? 0.5})`;
    if (m.missed?.length) s += `; the sample has no row of ${m.missed.map(segment).join(", ")}`;
    parts.push(`${s}.`);
  } else if (m.colour === "label") {
    parts.push(`Colour and shape show ${m.labelColumn}.`);
  }
  if (m.trustworthiness !== null && m.trustNeighbors !== null) {
    parts.push(`Trustworthiness ${m.trustworthiness.toFixed(3)} (k = ${m.trustNeighbors}${m.trustSample < m.nMapped ? `, estimated on ${int(m.trustSample)} of the mapped rows` : ""}; 1 = every row's nearest neighbours on the map are near it in the data too).`);
  }
  parts.push("UMAP keeps neighbourhoods, not distances: the size of a clump and the gaps between clumps mean little.");
  return parts.join(" ");
}
