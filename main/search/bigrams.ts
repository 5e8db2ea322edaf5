/**
 * FTS5's trigram tokenizer cannot match two-character Chinese words (澄清, 容错) and unicode61 keeps a
 * whole run of Han characters as one token, so CJK text is indexed as its single characters plus
 * overlapping bigrams, and queried by bigrams (or the character alone for a one-character query).
 */
const CJK = /[\p{Script=Han}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
/** "12号" in a case number: digits glued to the Han character after them, so a number is found exactly. */
const NUMBERED = /(\d+)(?=\p{Script=Han})(\p{Script=Han})/gu;

function numbered(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(NUMBERED)].map((m) => m[1] + m[2]);
}

function runs(text: string): { cjk: string[]; words: string[] } {
  const normalized = text.normalize('NFKC').toLowerCase();
  const cjk = normalized.match(CJK) ?? [];
  const words = (normalized.replace(CJK, ' ').match(WORD) ?? []).filter((w) => w.length > 0);
  return { cjk, words };
}

/** Tokens to store for a text: unigrams and bigrams of each Han run, plus the other words whole. */
export function indexTokens(text: string): string {
  const { cjk, words } = runs(text);
  const tokens: string[] = [...words, ...numbered(text)];
  for (const run of cjk) {
    const chars = [...run];
    tokens.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  }
  return tokens.join(' ');
}

/** An FTS5 MATCH expression that finds the text, or null when it holds nothing searchable. */
export function matchExpression(text: string): string | null {
  const { cjk, words } = runs(text);
  const exact = numbered(text);
  const glued = new Set(exact.map((t) => t.replace(/\D+$/u, '')));
  const tokens: string[] = [...exact.map((t) => `"${t}"`), ...words.filter((w) => !glued.has(w)).map((w) => `"${w}"*`)];
  for (const run of cjk) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(`"${chars[0]}"`);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(`"${chars[i]}${chars[i + 1]}"`);
  }
  return tokens.length ? tokens.join(' AND ') : null;
}
