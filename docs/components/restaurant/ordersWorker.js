// The order tallies in a Web Worker: Arquero compiles its verbs with `new Function`, which the
// site's Content-Security-Policy forbids on the page (no 'unsafe-eval'); a worker loaded from the
// site's own file has no such policy. The page keeps only the eleven-dish answers.
import {summariseOrders, tallyOrders} from "./orderTallies.js";

let tallies = null;

self.onmessage = ({data}) => {
  const {id, type} = data;
  try {
    switch (type) {
      case "tally":
        tallies = tallyOrders(data.orders, {priceOf: new Map(data.priceOf)});
        self.postMessage({id, result: {ages: tallies.ages, items: tallies.items.all.numRows()}});
        break;
      case "summarise":
        if (!tallies) throw new Error("the orders are not tallied yet");
        self.postMessage({id, result: summariseOrders(tallies, {tierOf: new Map(data.tierOf), tiers: data.tiers})});
        break;
      default:
        throw new RangeError(`unknown request: ${String(type)}`);
    }
  } catch (error) {
    self.postMessage({id, error: error instanceof Error ? error.message : String(error)});
  }
};
