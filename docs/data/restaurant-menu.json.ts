// Thin loader entry: Framework runs loaders only inside docs/; the logic lives in loaders/.
import {restaurantMenu} from "../../loaders/restaurantMenu.js";

process.stdout.write(JSON.stringify(restaurantMenu()));
