/**
 * Checks that a story's quotes are verbatim passages of the seed articles, forgiving only what
 * copying and typesetting change: whitespace, letter case, the style of quote marks and dashes.
 */

/** Single and double quote marks of every style, guillemets, primes and backticks. */
const QUOTE_MARKS = /['"`´‘’‚‛“”„‟«»‹›′″]/g;
/** Hyphens, en and em dashes, the minus sign and their kin. */
const DASHES = /[-‐‑‒–—―−]/g;

/**
 * The form two passages are compared in: Unicode NFKC (so "…" is "..."), every quote mark as `'`,
 * every dash as `-`, runs of whitespace as one space, lower case, trimmed.
 */
export function normalizeForQuote(text: string): string {
  // Marks are folded before NFKC too: it would decompose some (the acute accent ´) into a space and a combining mark.
  return text
    .replace(QUOTE_MARKS, "'")
    .normalize('NFKC')
    .replace(QUOTE_MARKS, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Whether `quote` (not empty) occurs in `seedText`, up to whitespace, case, quote marks and dashes. */
export function findQuote(seedText: string, quote: string): boolean {
  const needle = normalizeForQuote(quote);
  return needle.length > 0 && normalizeForQuote(seedText).includes(needle);
}
