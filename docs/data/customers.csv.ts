// Thin loader entry: Framework runs loaders only inside docs/; the logic lives in loaders/customers.ts.
import {customersCsv} from "../../loaders/customers.js";

process.stdout.write(customersCsv());
