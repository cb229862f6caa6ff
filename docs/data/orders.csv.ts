// Thin loader entry: Framework runs loaders only inside docs/; the logic lives in loaders/.
import {generateOrders, ordersCsv} from "../../loaders/orders.js";

process.stdout.write(ordersCsv(generateOrders()));
