/**
 * The placeholder grammar of templates: `{{ path }}` or `{{ path | filter }}`, e.g.
 * `{{cadre.name}}`, `{{correction.deadline|date}}`. Official Chinese text never uses ASCII braces, so
 * any brace outside a well-formed placeholder is reported rather than printed: a typo such as
 * `{cadre.name}}` must not reach an issued document.
 */

export interface LiteralSegment {
  kind: 'literal';
  text: string;
}

export interface PlaceholderSegment {
  kind: 'placeholder';
  path: string;
  filters: string[];
  /** As written, braces included, for messages. */
  raw: string;
  /** 0-based position of the opening braces. */
  offset: number;
}

export interface SyntaxProblem {
  code: 'unclosedBraces' | 'strayBrace' | 'badPlaceholder';
  offset: number;
  /** The text at fault, shortened, for messages. */
  snippet: string;
}

export interface ScannedText {
  segments: (LiteralSegment | PlaceholderSegment)[];
  problems: SyntaxProblem[];
}

const PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;
const FILTER = /^[a-z][A-Za-z0-9]*$/;
const SNIPPET = 24;

function snippet(text: string, from: number, to = from + SNIPPET): string {
  const s = text.slice(from, Math.min(to, from + SNIPPET));
  return to - from > SNIPPET || (to === from + SNIPPET && text.length > to) ? `${s}…` : s;
}

export function scanTemplateText(text: string): ScannedText {
  const segments: ScannedText['segments'] = [];
  const problems: SyntaxProblem[] = [];
  let literal = '';
  let i = 0;
  const flush = () => {
    if (literal) segments.push({ kind: 'literal', text: literal });
    literal = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '{' && text[i + 1] === '{') {
      const close = text.indexOf('}}', i + 2);
      const nextOpen = text.indexOf('{', i + 2);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        problems.push({ code: 'unclosedBraces', offset: i, snippet: snippet(text, i) });
        literal += '{{';
        i += 2;
        continue;
      }
      const raw = text.slice(i, close + 2);
      const [pathPart = '', ...filterParts] = text.slice(i + 2, close).split('|').map((s) => s.trim());
      if (!PATH.test(pathPart) || filterParts.some((f) => !FILTER.test(f))) {
        problems.push({ code: 'badPlaceholder', offset: i, snippet: snippet(raw, 0, raw.length) });
        literal += raw;
      } else {
        flush();
        segments.push({ kind: 'placeholder', path: pathPart, filters: filterParts, raw, offset: i });
      }
      i = close + 2;
      continue;
    }
    if (ch === '{' || ch === '}') {
      // A doubled closing brace is one mistake (`{cadre.name}}`), not two.
      const width = ch === '}' && text[i + 1] === '}' ? 2 : 1;
      problems.push({ code: 'strayBrace', offset: i, snippet: snippet(text, Math.max(0, i - 10), i + width + 10) });
      literal += text.slice(i, i + width);
      i += width;
      continue;
    }
    literal += ch;
    i += 1;
  }
  flush();
  return { segments, problems };
}
