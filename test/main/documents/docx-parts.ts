import yauzl from 'yauzl';

/** The XML parts of a DOCX, by entry name, read back with yauzl as Word would unpack them. */
export function docxParts(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('not a zip'));
      const parts = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(parts));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The paragraphs of a part whose text contains `text`. */
export function paragraphsWith(xml: string, text: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).filter((p) => textOf(p).includes(text));
}

/** The visible text of a piece of WordprocessingML. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

export function attr(xml: string, element: string, name: string): string | undefined {
  const el = new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return el?.[1];
}
