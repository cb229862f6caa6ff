// The seed's eleven menu items (data/menu.csv) joined with the names of their cuisine codes (data/cuisines.csv).
import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {dataDir, seedDataset} from "./seedDataset.js";

/** One dish of the restaurant's menu. */
export interface MenuItem {
  name: string;
  /** Price in dollars. */
  price: number;
  /** Preparation time in minutes. */
  prep_time: number;
  calories: number;
  /** 0 (none) to 5 (fiery). */
  spice_level: number;
  /** The seed's numeric cuisine code, 1–7. */
  cuisine_code: number;
  /** The cuisine's name. */
  cuisine: string;
}

/** Cuisine names by code, from data/cuisines.csv. */
export function cuisineNames(): Map<number, string> {
  const rows = csvParse(readFileSync(`${dataDir}cuisines.csv`, "utf8"));
  const names = new Map<number, string>();
  for (const row of rows) {
    const code = Number(row.cuisine_code);
    if (!Number.isInteger(code) || !row.cuisine) throw new TypeError(`data/cuisines.csv: bad row ${JSON.stringify(row)}`);
    names.set(code, row.cuisine);
  }
  return names;
}

export function restaurantMenu(): MenuItem[] {
  const {records} = seedDataset("menu");
  const cuisines = cuisineNames();
  return records.map((r) => {
    const code = Number(r.cuisine_code);
    const cuisine = cuisines.get(code);
    if (cuisine === undefined) throw new RangeError(`data/menu.csv: ${r.name} has cuisine code ${code}, which data/cuisines.csv does not name`);
    return {
      name: String(r.name),
      price: Number(r.price),
      prep_time: Number(r.prep_time),
      calories: Number(r.calories),
      spice_level: Number(r.spice_level),
      cuisine_code: code,
      cuisine
    };
  });
}
