/**
 * The passages of a source article that a story quotes: the smallest run of whole sentences that
 * holds each quote, copied verbatim. The repository keeps these, not the copyrighted articles.
 */
import { findQuote, normalizeForQuote } from './quotes.ts';

/** Titles and abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s*$/;

/** The text's sentences, verbatim, so that joined they give the text back. */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    if (out.length > 0 && ABBREVIATION.test(out[out.length - 1])) out[out.length - 1] += segment;
    else out.push(segment);
  }
  return out;
}

/** The shortest run of consecutive sentences of `text` that holds `quote`, trimmed; null when none does. */
export function passageFor(text: string, quote: string): string | null {
  const parts = sentences(text);
  // A quote begins inside the sentence that holds its first word: only those are tried as a start.
  const head = normalizeForQuote(quote).split(' ')[0];
  const starts = parts.flatMap((p, i) => (normalizeForQuote(p).includes(head) ? [i] : []));
  let best: string | null = null;
  for (const i of starts) {
    let run = '';
    for (let j = i; j < parts.length; j++) {
      run += parts[j];
      if (best !== null && run.trim().length >= best.length) break;
      if (findQuote(run, quote)) {
        best = run.trim();
        break;
      }
    }
  }
  return best;
}

/** The passages holding the quotes, each once, in the article's order; throws naming a quote not in the text. */
export function passagesFor(text: string, quotes: readonly string[], label: string): string[] {
  const found = new Set<string>();
  for (const q of quotes) {
    const p = passageFor(text, q);
    if (p === null) throw new Error(`${label}: quote not found: ${q}`);
    found.add(p);
  }
  return [...found].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}
