/** The probability that a positive scores above a negative (ties count half): the ranking quality the eval reports. */
export function areaUnderCurve(scored: Array<{ score: number; positive: boolean }>): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k].positive) {
      positives++;
      rankSum += meanRank;
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0.5;
}
