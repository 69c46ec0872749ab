// Some lexicon questions are asked of the same words again and again (every name run, every mention)
// and cost a pattern test or an accent folding each time: their answers are kept. One page asks of far
// fewer words than ANSWERS_KEPT; the worker lives as long as the browser, so a long session starts the
// list again rather than let it grow.
export const ANSWERS_KEPT = 20_000;

/** `answer`, with each key's answer kept (`undefined` is never an answer, so it marks none kept). */
export function keptAnswers<K, V extends NonNullable<unknown> | null>(answer: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    let kept = answers.get(key);
    if (kept === undefined) {
      if (answers.size >= ANSWERS_KEPT) answers.clear();
      kept = answer(key);
      answers.set(key, kept);
    }
    return kept;
  };
}
