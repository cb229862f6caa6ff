/** An amount in dollars with cents, as the stories and messages write it: "$12.50". */
export const money = (x: number) => `$${x.toFixed(2)}`;
