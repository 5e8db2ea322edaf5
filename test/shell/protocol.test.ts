import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { createAppRequestHandler, mimeTypeFor, registerAppScheme, serveAppProtocol, toServedPath } = await import('../../main/shell/protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../main/shell/csp');

const tmp = mkdtempSync(join(tmpdir(), 'qz-protocol-'));
const root = join(tmp, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>清正</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'assets', 'font.woff2'), 'w');
writeFileSync(join(root, 'assets', 'blob.xyz'), 'x');
// Beside the served root, where a traversal would land.
writeFileSync(join(tmp, 'secret.txt'), 'case file');
let symlinkMade = true;
try {
  symlinkSync(join(tmp, 'secret.txt'), join(root, 'assets', 'link.txt'));
} catch {
  symlinkMade = false;
}
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const handler = createAppRequestHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// protocol', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('is registered before ready as a standard, secure scheme', () => {
    registerAppScheme();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const [schemes] = fake.protocol.registerSchemesAsPrivileged.mock.calls[0] as [Array<{ scheme: string; privileges: Record<string, boolean> }>];
    expect(schemes).toHaveLength(1);
    expect(schemes[0].scheme).toBe('app');
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0].privileges.bypassCSP).toBeFalsy();
  });

  it('is served on the session it is given', () => {
    const session = fake.session.fromPartition('qingzheng');
    serveAppProtocol(session as never, root);
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves index.html at the root with the CSP header', async () => {
    const response = await get('app://qingzheng/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('清正');
  });

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/blob.xyz', 'application/octet-stream'],
  ])('serves %s as %s, with the CSP header', async (path, type) => {
    const response = await get(`app://qingzheng/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://qingzheng/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://qingzheng/..%2Fsecret.txt',
    'app://qingzheng/%2e%2e%2fsecret.txt',
    'app://qingzheng/assets/..%2F..%2Fsecret.txt',
    'app://qingzheng/..%5Csecret.txt',
    'app://qingzheng/assets\\..\\..\\secret.txt',
    'app://qingzheng/%2F' + encodeURIComponent(join(tmp, 'secret.txt').replace(/^\//, '')),
    'app://qingzheng/' + encodeURIComponent(join(tmp, 'secret.txt')),
    'app://qingzheng/C:%5CWindows%5Cwin.ini',
    'app://qingzheng/%00index.html',
  ])('refuses to leave the served folder: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('case file');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never lets a plain ../ reach above the root, even once the URL parser has folded it', async () => {
    const response = await get('app://qingzheng/../secret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('case file');
  });

  it.skipIf(!symlinkMade)('refuses a symlink that points outside the served folder', async () => {
    const response = await get('app://qingzheng/assets/link.txt');
    expect(response.status).toBe(403);
  });

  it('answers 404, with the CSP header, for a missing file or a folder', async () => {
    for (const url of ['app://qingzheng/missing.js', 'app://qingzheng/assets/', 'app://qingzheng/assets']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves nothing for another host or another method', async () => {
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    expect((await get('app://qingzheng/index.html', 'POST')).status).toBe(405);
  });

  it('maps URL paths onto relative file paths, or refuses them', () => {
    expect(toServedPath('/')).toBe('index.html');
    expect(toServedPath('/assets/a%20b.js')).toBe('assets/a b.js');
    expect(toServedPath('/a/../b')).toBeUndefined();
    expect(toServedPath('//etc/passwd')).toBeUndefined();
    expect(toServedPath('/%2Fetc/passwd')).toBeUndefined();
    expect(toServedPath('/%E0%A4%A')).toBeUndefined();
  });

  it('names types by extension, case-insensitively', () => {
    expect(mimeTypeFor('A.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('x.svg')).toBe('image/svg+xml');
  });
});
