// Thin loader entry: Framework runs loaders only inside docs/; the logic lives in loaders/.
import {printSeedDataset} from "../../loaders/seedDataset.js";

printSeedDataset("spices");
