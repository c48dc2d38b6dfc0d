/** B-cubed precision, recall and F1 of a clustering against gold labels, over items. */
export function bcubed(predicted: ReadonlyMap<string, number | string>, gold: ReadonlyMap<string, number | string>): {
  precision: number;
  recall: number;
  f1: number;
} {
  const byPred = new Map<number | string, string[]>();
  const byGold = new Map<number | string, string[]>();
  for (const [item, c] of predicted) (byPred.get(c) ?? byPred.set(c, []).get(c)!).push(item);
  for (const [item, c] of gold) (byGold.get(c) ?? byGold.set(c, []).get(c)!).push(item);
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [item, c] of predicted) {
    const g = gold.get(item);
    if (g === undefined) continue;
    const pc = byPred.get(c)!;
    const gc = byGold.get(g)!;
    const inter = pc.filter((x) => gold.get(x) === g).length;
    p += inter / pc.length;
    r += inter / gc.length;
    n++;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
