// The seed's sample customers for the segmentation project: four behavioural segments
// ("High Value", "Regular", "Occasional", "At Risk") with the seed's ranges for spending,
// purchase frequency and recency, plus demographic columns and the `true_segment` label that lets
// the page check how well an unsupervised method recovers the segments. Seeded: same output every run.
import {Faker, en} from "@faker-js/faker";
import {csvFormat} from "d3-dsv";

/** One generated customer; the column order is the CSV's. */
export interface Customer {
  customer_id: number;
  name: string;
  email: string;
  age: number;
  gender: "M" | "F";
  total_spending: number;
  purchase_frequency: number;
  days_since_last_purchase: number;
  avg_order_value: number;
  membership_years: number;
  city: string;
  preferred_category: string;
  true_segment: string;
}

/** A segment's size and ranges. Integer ranges are half-open [low, high), as numpy's randint in the seed. */
interface SegmentSpec {
  name: string;
  size: number;
  spending: [number, number];
  frequency: [number, number];
  recency: [number, number];
}

/** The seed's four segments (sizes sum to 1,000). */
export const segmentSpecs: SegmentSpec[] = [
  {name: "High Value", size: 200, spending: [800, 2000], frequency: [15, 30], recency: [1, 30]},
  {name: "Regular", size: 400, spending: [200, 800], frequency: [5, 15], recency: [15, 90]},
  {name: "Occasional", size: 300, spending: [50, 200], frequency: [1, 5], recency: [60, 180]},
  {name: "At Risk", size: 100, spending: [100, 500], frequency: [1, 3], recency: [120, 365]}
];

export const categories = ["Electronics", "Clothing", "Books", "Home", "Sports"];

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Generates the customers: for n = 1,000 the seed's segment sizes; for other n, the same shares.
 * Rows are shuffled (Fisher–Yates on the seeded generator) so the segments are not in blocks.
 */
export function generateCustomers({n = 1000, seed = 42}: {n?: number; seed?: number} = {}): Customer[] {
  if (!Number.isInteger(n) || n < 4) throw new RangeError(`n = ${n}; the sample needs a whole number of at least 4 customers`);
  const faker = new Faker({locale: [en]});
  faker.seed(seed);
  const int = (low: number, high: number): number => faker.number.int({min: low, max: high - 1});
  const uniform = (low: number, high: number): number => low + faker.number.float() * (high - low);
  const sizes = segmentSpecs.map((s) => Math.floor((s.size * n) / 1000));
  sizes[1] += n - sizes.reduce((a, b) => a + b, 0); // remainder to "Regular", the largest
  const customers: Customer[] = [];
  let id = 1;
  segmentSpecs.forEach((spec, s) => {
    for (let i = 0; i < sizes[s]; ++i) {
      const firstName = faker.person.firstName();
      const lastName = faker.person.lastName();
      const total_spending = round2(uniform(...spec.spending));
      const purchase_frequency = int(...spec.frequency);
      customers.push({
        customer_id: id++,
        name: `${firstName} ${lastName}`,
        email: faker.internet.email({firstName, lastName}).toLowerCase(),
        age: int(18, 75),
        gender: faker.helpers.arrayElement(["M", "F"] as const),
        total_spending,
        purchase_frequency,
        days_since_last_purchase: int(...spec.recency),
        avg_order_value: round2(total_spending / Math.max(purchase_frequency, 1)),
        membership_years: round2(uniform(0.1, 10)),
        city: faker.location.city(),
        preferred_category: faker.helpers.arrayElement(categories),
        true_segment: spec.name
      });
    }
  });
  for (let i = customers.length - 1; i > 0; --i) {
    const j = faker.number.int({min: 0, max: i});
    [customers[i], customers[j]] = [customers[j], customers[i]];
  }
  return customers;
}

/** The customers as CSV text (header first). */
export function customersCsv(options?: {n?: number; seed?: number}): string {
  return csvFormat(generateCustomers(options));
}
