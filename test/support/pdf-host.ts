import { chromium, type Browser } from 'playwright-core';
import type { Host } from '../../main/core';

/** The system Chromium, as the e2e suites launch it: no sandbox in containers, nothing phoning home. */
const LAUNCH = {
  executablePath: process.env.QZ_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * A Host whose printToPdf does what Electron's printToPDF does in the app: the page laid out by
 * Chromium and printed to A4 with the page's own @page size and margins. JavaScript is off, as in
 * the app's print window. One browser serves every print; `close` ends it.
 */
export interface PdfHost extends Host {
  printToPdf(html: string): Promise<Buffer>;
  close(): Promise<void>;
  /** How many pages were printed, for tests that count the work done. */
  readonly printed: number;
}

export function makePdfHost(extra: Omit<Host, 'printToPdf'> = {}): PdfHost {
  let browser: Promise<Browser> | null = null;
  let printed = 0;
  return {
    ...extra,
    get printed() {
      return printed;
    },
    async printToPdf(html: string): Promise<Buffer> {
      browser ??= chromium.launch({ ...LAUNCH, headless: true });
      const context = await (await browser).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        printed += 1;
        return pdf;
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
