import type { DocumentTemplate } from './document-template';

/**
 * Every text of a template that may hold placeholders, with where it sits: `path` names the form
 * field at fault (as zod paths do, joined by dots) and `where` the place in words an officer reads.
 */
export interface TemplateField {
  path: string;
  text: string;
  where: { key: string; params?: Record<string, number> };
  /** Set for a cell of a repeated row: the `rows` placeholder it repeats over. */
  repeat?: string;
}

export function templateFields(t: DocumentTemplate): TemplateField[] {
  const out: TemplateField[] = [];
  const add = (path: string, text: string | undefined, key: string, params?: Record<string, number>, repeat?: string) => {
    if (text !== undefined) out.push({ path, text, where: { key, ...(params ? { params } : {}) }, ...(repeat ? { repeat } : {}) });
  };
  add('title', t.title, 'title');
  add('recipient', t.recipient, 'recipient');
  add('letterhead.mark', t.letterhead?.mark, 'letterheadMark');
  add('letterhead.number', t.letterhead?.number, 'letterheadNumber');
  t.paragraphs.forEach((p, i) => add(`paragraphs.${i}.text`, p.text, 'paragraph', { n: i + 1 }));
  t.tables.forEach((table, ti) =>
    table.rows.forEach((row, ri) =>
      row.cells.forEach((cell, ci) =>
        add(`tables.${ti}.rows.${ri}.cells.${ci}.text`, cell.text, 'cell', { table: ti + 1, row: ri + 1, cell: ci + 1 }, row.repeat),
      ),
    ),
  );
  (t.notes ?? []).forEach((p, i) => add(`notes.${i}.text`, p.text, 'note', { n: i + 1 }));
  add('signature', t.signature, 'signature');
  add('date', t.date, 'date');
  add('copyTo', t.copyTo, 'copyTo');
  return out;
}
