// The four seasons in the order the charts list them.
export const seasons = ["Winter", "Spring", "Summer", "Autumn"];
