import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../shell/fake-electron'));

const fake = await import('../../shell/fake-electron');
const { webPreferencesFor } = await import('../../../main/shell/window');
const { printWebPreferences } = await import('../../../main/shell/host');
const security = await import('../../../main/shell/security');
const { CSP_DIRECTIVES, CONTENT_SECURITY_POLICY } = await import('../../../main/shell/csp');

/**
 * Doyensec's Electronegativity over the shell, the only code that touches Electron. Every HIGH or
 * MEDIUM finding must be on the list below with the reason it does not apply, and each reason is
 * checked here, so an entry cannot outlive the code that justified it. The scan runs in a child
 * process whose network calls fail at once: the tool fetches translations and Electron's release
 * list from GitHub, and neither this machine nor the app talks to the network.
 */
const REPO = path.resolve(__dirname, '../../..');
const SHELL = path.join(REPO, 'main', 'shell');
const ELECTRON_VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** Checks left out of the scan, with the reason. */
const EXCLUDED: Record<string, string> = {
  AvailableSecurityFixesGlobalCheck: 'needs the network (Electron’s release list on GitHub); the Electron version is pinned in package.json and upgraded deliberately',
};

interface Finding {
  id: string;
  file: string;
  line: number;
  severity: string;
  confidence: string;
  description: string;
}

interface Explained {
  id: string;
  file: string;
  reason: string;
  /** Proves the reason still holds. */
  holds(): void;
}

const EXPLAINED: Explained[] = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'window.ts',
    reason: 'the options come from webPreferencesFor(), which the scanner cannot follow; it sets contextIsolation: true',
    holds: () => expect(webPreferencesFor('/p.js', false)).toMatchObject({ contextIsolation: true, nodeIntegration: false, nodeIntegrationInSubFrames: false }),
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'window.ts',
    reason: 'the options come from webPreferencesFor(), which the scanner cannot follow; it sets sandbox: true',
    holds: () => expect(webPreferencesFor('/p.js', true)).toMatchObject({ sandbox: true, webviewTag: false }),
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'window.ts',
    reason: 'a middle-click can only ask for a new window, and every WebContents denies new windows and foreign navigation (hardenWebContents)',
    holds: () => {
      const contents = new fake.FakeWebContents();
      security.hardenWebContents(contents as never);
      expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
      const event = fake.fakeEvent();
      contents.emit('will-navigate', event, 'https://example.com/');
      expect(event.defaultPrevented).toBe(true);
    },
  },
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'host.ts',
    reason: 'the hidden print window takes printWebPreferences(): the main window’s hardened options, without the preload',
    holds: () => expect(printWebPreferences()).toMatchObject({ contextIsolation: true, nodeIntegration: false, sandbox: true }),
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'host.ts',
    reason: 'the hidden print window is sandboxed like the main one (printWebPreferences)',
    holds: () => expect(printWebPreferences()).toMatchObject({ sandbox: true, webviewTag: false }),
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'host.ts',
    reason: 'the print window is never shown, runs no JavaScript, and is hardened against new windows like every WebContents',
    holds: () => {
      expect(printWebPreferences()).toMatchObject({ javascript: false });
      expect(printWebPreferences().preload).toBeUndefined();
      expect(fs.readFileSync(path.join(SHELL, 'host.ts'), 'utf8')).toMatch(/new BrowserWindow\(\{ show: false,/);
    },
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    reason: 'the policy is sent as a header on every app:// response by the protocol handler, which the scanner does not look for; it denies everything by default and allows scripts only from the app itself',
    holds: () => {
      expect(fs.readFileSync(path.join(SHELL, 'protocol.ts'), 'utf8')).toMatch(/'Content-Security-Policy':\s*CONTENT_SECURITY_POLICY/);
      expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
      expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
      expect(CSP_DIRECTIVES['connect-src']).toEqual(["'none'"]);
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
    },
  },
  {
    id: 'CUSTOM_ARGUMENTS_JS_CHECK',
    file: 'security.ts',
    reason: 'the only switches added turn Chromium’s own network traffic off (applyOfflineSwitches); none loosens a security feature',
    holds: () => {
      const added: [string, string?][] = [];
      security.applyOfflineSwitches({ commandLine: { appendSwitch: (n: string, v?: string) => void added.push([n, v]), hasSwitch: () => false, getSwitchValue: () => '' } } as never);
      for (const [name] of added) expect(name, name).toMatch(/^(disable-|no-pings$|dns-prefetch-disable$)/);
      const features = added.find(([n]) => n === 'disable-features')?.[1] ?? '';
      expect(features.split(',').sort()).toEqual([...security.OFFLINE_DISABLED_FEATURES].sort());
      const sources = fs.readdirSync(SHELL).map((f) => fs.readFileSync(path.join(SHELL, f), 'utf8'));
      expect(sources.filter((s) => /appendSwitch\(|appendArgument\(/.test(s))).toHaveLength(1);
    },
  },
];

/** Runs the scanner in a child whose `got` (its only network client) fails at once. */
function scan(): { findings: Finding[]; errors: { file: string; message: string }[] } {
  const out = path.join(work, 'findings.json');
  const script = `
    const Module = require('module');
    const load = Module._load;
    const offline = () => Promise.reject(new Error('offline'));
    Module._load = function (request) { return request === 'got' ? Object.assign(offline, { head: offline, get: offline }) : load.apply(this, arguments); };
    require('@doyensec/electronegativity')({
      input: ${JSON.stringify(SHELL)}, isRelative: true, electronVersionOverride: ${JSON.stringify(ELECTRON_VERSION)},
      customScan: [], excludeFromScan: ${JSON.stringify(Object.keys(EXCLUDED))}, parserPlugins: [],
    }).then((r) => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(r)), (e) => { console.error(e); process.exit(2); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  const r = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    errors: { file: string; message: string }[];
    issues: { id: string; file: string; location?: { line: number }; severity: { name: string }; confidence: { name: string }; description: string }[];
  };
  return {
    errors: r.errors,
    findings: r.issues.map((i) => ({ id: i.id, file: i.file, line: i.location?.line ?? 0, severity: i.severity.name, confidence: i.confidence.name, description: i.description })),
  };
}

let work: string;
let result: ReturnType<typeof scan>;
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-eneg-'));
  result = scan();
}, 90_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('Electronegativity over the shell', () => {
  it('reads every file of the shell without a parse error', () => {
    expect(result.errors).toEqual([]);
    expect(fs.readdirSync(SHELL).filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(5);
  });

  it('leaves no HIGH or MEDIUM finding unexplained', () => {
    const serious = result.findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
    const unexplained = serious.filter((f) => !EXPLAINED.some((e) => e.id === f.id && e.file === f.file));
    expect(unexplained).toEqual([]);
  });

  it.each(EXPLAINED.map((e) => [`${e.id} in ${e.file}`, e] as const))('%s: the reason it does not apply still holds', (_name, entry) => {
    expect(entry.reason.length).toBeGreaterThan(20);
    entry.holds();
  });

  it('keeps no explanation for a finding that no longer appears', () => {
    const stale = EXPLAINED.filter((e) => !result.findings.some((f) => f.id === e.id && f.file === e.file));
    expect(stale.map((e) => e.id)).toEqual([]);
  });
});
