// Placeholder until the metrics section is written.
export async function bench({quick}: {quick: boolean}): Promise<string> {
  return `## Cluster metrics\n\nNot measured yet${quick ? " (quick run)" : ""}.\n`;
}
