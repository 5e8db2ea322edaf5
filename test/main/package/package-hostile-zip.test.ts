import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPackage } from '../../../main/package';
import { MANIFEST_NAME } from '../../../main/package/manifest';
import { buildZip, file, getCentral, sealBytes, sealZip, setCentral, setLocal, type ZipItem } from './hostile-zip';
import { PASSPHRASE, refusal, useTempDir } from './package-fixture';

const tempDir = useTempDir();

/** Seals these items (and an honest manifest unless told otherwise) and tries to open the result. */
async function open(items: ZipItem[], options: Parameters<typeof sealZip>[2] = {}, limits: Parameters<typeof openPackage>[2] = {}) {
  const outFile = path.join(tempDir(), 'hostile.qzp');
  await sealZip(items, outFile, options);
  return openPackage(outFile, PASSPHRASE, limits);
}

async function openZip(zip: Buffer, limits: Parameters<typeof openPackage>[2] = {}) {
  const outFile = path.join(tempDir(), 'hostile.qzp');
  await sealBytes(zip, outFile);
  return openPackage(outFile, PASSPHRASE, limits);
}

describe('the hostile-zip helper itself', () => {
  it('builds a package that opens when nothing hostile is in it', async () => {
    const pkg = await open([file('a.txt', 'alpha'), file('子目录/乙.txt', '乙')]);
    expect(pkg.manifest.entries.map((e) => e.name)).toEqual(['a.txt', '子目录/乙.txt']);
    await pkg.close();
  });
});

describe('a package is refused whole for an entry name that', () => {
  const refusedName = (zipName: string, detail: RegExp) => async () => {
    await refusal(open([file('ok.txt', 'fine'), { zipName, data: Buffer.from('payload') }]), 'PACKAGE_UNSAFE_ENTRY', detail);
  };

  it('climbs out with ../', refusedName('../evil.txt', /relative path/));
  it('climbs out from inside the files folder', refusedName('files/../../evil.txt', /relative path/));
  it('climbs out after a harmless folder (a/../../x)', refusedName('files/a/../../x', /relative path/));
  it('is an absolute Unix path', refusedName('/etc/passwd', /absolute/));
  it('is an absolute Windows path with a drive letter', refusedName('C:\\Windows\\x', /backslash/));
  it('is a Windows network path', refusedName('\\\\server\\share\\x', /backslash/));
  it('contains a backslash', refusedName('files/a\\b.txt', /backslash/));
  it('contains a NUL character', refusedName('files/a\0.txt', /control character/));
  it('contains a control character (newline)', refusedName('files/a\nb.txt', /control character/));
  it('hides its real extension behind a right-to-left override', refusedName('files/photo\u202egpj.exe', /invisible/));
  it('is a Windows device name', refusedName('files/CON.txt', /device/));
  it('ends in a dot, which Windows would drop', refusedName('files/report.', /ends in a dot/));
  it('is a directory entry', refusedName('files/folder/', /empty path segment/));
  it('is not valid UTF-8', async () => {
    await refusal(open([{ zipName: Buffer.from([0x66, 0x69, 0x6c, 0x65, 0x73, 0x2f, 0xff, 0xfe]), data: Buffer.from('x') }]), 'PACKAGE_UNSAFE_ENTRY', /not valid UTF-8/);
  });

  it('is non-ASCII without the UTF-8 flag, so other tools would read it as another name', async () => {
    const zip = await buildZip([file('报告.txt', 'x')]);
    setCentral(zip, 0, 'flags', getCentral(zip, 0, 'flags') & ~0x800);
    await refusal(openZip(zip), 'PACKAGE_UNSAFE_ENTRY', /without the UTF-8 flag/);
  });

  it('differs between the local header and the central directory', async () => {
    const zip = await buildZip([file('aaa.txt', 'x')]);
    // Only the local copy of the name changes; tools that trust it would write another file.
    const local = zip.indexOf(Buffer.from('files/aaa.txt'));
    Buffer.from('files/bbb.txt').copy(zip, local);
    await refusal(openZip(zip), 'PACKAGE_UNSAFE_ENTRY', /local header names another file/);
  });
});

describe('a package is refused whole for an entry that', () => {
  it('is a symbolic link', async () => {
    await refusal(open([file('link', '/etc/passwd', { mode: 0o120777 })]), 'PACKAGE_UNSAFE_ENTRY', /symbolic link/);
  });

  it('is marked as a directory by its DOS attributes', async () => {
    const zip = await buildZip([file('a.txt', 'x')]);
    setCentral(zip, 0, 'externalAttributes', (0o100644 << 16) | 0x10);
    await refusal(openZip(zip), 'PACKAGE_UNSAFE_ENTRY', /directory/);
  });

  it('appears twice under the same name', async () => {
    await refusal(open([file('a.txt', 'one'), file('a.txt', 'two')]), 'PACKAGE_UNSAFE_ENTRY', /duplicate/);
  });

  it('appears twice under names differing only in case, one file on Windows', async () => {
    await refusal(open([file('Report.txt', 'one'), file('report.TXT', 'two')]), 'PACKAGE_UNSAFE_ENTRY', /duplicate/);
  });

  it('sits outside the files folder', async () => {
    await refusal(open([file('a.txt', 'x'), { zipName: 'autorun.inf', data: Buffer.from('x') }]), 'PACKAGE_TAMPERED', /not part of the package layout/);
  });

  it('uses a compression method other than store or deflate', async () => {
    const zip = await buildZip([file('a.txt', 'x'.repeat(100))]);
    setCentral(zip, 0, 'method', 12);
    await refusal(openZip(zip), 'PACKAGE_FORMAT', /compression method/);
  });

  it('is encrypted inside the zip', async () => {
    const zip = await buildZip([file('a.txt', 'x')]);
    setCentral(zip, 0, 'flags', getCentral(zip, 0, 'flags') | 0x1);
    await refusal(openZip(zip), 'PACKAGE_FORMAT', /encrypted/);
  });

  it('overlaps another entry, the way the densest zip bombs reuse data', async () => {
    const zip = await buildZip([file('a.txt', 'x'.repeat(1000)), file('b.txt', 'x'.repeat(1000))]);
    setCentral(zip, 1, 'localOffset', getCentral(zip, 0, 'localOffset'));
    await refusal(openZip(zip), 'PACKAGE_FORMAT', /overlap/);
  });
});

describe('a package is refused whole when declared sizes', () => {
  it('in the manifest differ from the zip', async () => {
    await refusal(open([file('a.txt', 'hello')], { manifest: (m) => ({ ...m, entries: [{ ...m.entries[0], size: 6 }] }) }), 'PACKAGE_TAMPERED', /size differs from the manifest/);
  });

  it('in the central directory differ from the manifest', async () => {
    const zip = await buildZip([file('a.txt', 'hello', { compress: false })]);
    setCentral(zip, 0, 'uncompressedSize', 6);
    setCentral(zip, 0, 'compressedSize', 6);
    await refusal(openZip(zip), 'PACKAGE_TAMPERED', /size differs from the manifest/);
  });

  it('in the local header differ from the central directory', async () => {
    const zip = await buildZip([file('a.txt', 'hello')]);
    setLocal(zip, 0, 'uncompressedSize', 4);
    await refusal(openZip(zip), 'PACKAGE_TAMPERED', /local header sizes/);
  });

  it('of a stored entry disagree with each other', async () => {
    const zip = await buildZip([file('a.txt', 'hello', { compress: false })]);
    setCentral(zip, 0, 'compressedSize', 4);
    await refusal(openZip(zip), 'PACKAGE_TAMPERED', /stored entry has two different sizes/);
  });
});

describe('a compression bomb is refused before it is unpacked', () => {
  const zeros = (mib: number) => Buffer.alloc(mib * 1024 * 1024);

  it('when one entry would unpack past the per-entry limit', async () => {
    const error = await refusal(open([file('bomb.bin', zeros(20))], {}, { maxEntryBytes: 10 * 1024 * 1024 }), 'PACKAGE_TOO_LARGE', /entry exceeds the size limit/);
    expect(error.params.entry).toBe('files/bomb.bin');
  });

  it('when all entries together would unpack past the total limit', async () => {
    const items = [file('a.bin', zeros(4)), file('b.bin', zeros(4)), file('c.bin', zeros(4))];
    await refusal(open(items, {}, { maxTotalBytes: 10 * 1024 * 1024 }), 'PACKAGE_TOO_LARGE', /total size limit/);
  });

  it('when the package would unpack to far more than it weighs', async () => {
    await refusal(open([file('bomb.bin', zeros(20))], {}, { ratioGraceBytes: 1024 * 1024, maxRatio: 100 }), 'PACKAGE_TOO_LARGE', /far more than it weighs/);
  });

  it('when its headers understate the size: the bytes are counted as they inflate', async () => {
    const data = zeros(50);
    const zip = await buildZip([file('bomb.bin', data)], {
      manifest: (m) => ({ ...m, entries: [{ ...m.entries[0], size: 1000 }] }),
    });
    setCentral(zip, 0, 'uncompressedSize', 1000);
    setLocal(zip, 0, 'uncompressedSize', 1000);
    const steps: number[] = [];
    const error = await refusal(openZip(zip, { onProgress: (done) => steps.push(done) }), 'PACKAGE_TAMPERED');
    expect(error.params.detail).toMatch(/more bytes than declared/);
    expect(steps.every((done) => done <= 1000)).toBe(true);
  });

  it('when it lists more entries than allowed', async () => {
    const items = Array.from({ length: 12 }, (_, i) => file(`f${i}.txt`, String(i)));
    await refusal(open(items, {}, { maxEntries: 10 }), 'PACKAGE_TOO_LARGE', /too many entries/);
  });
});

describe('a package is refused whole when its manifest', () => {
  it('gives another hash for an entry', async () => {
    const error = await refusal(open([file('a.txt', 'hello')], { manifest: (m) => ({ ...m, entries: [{ ...m.entries[0], sha256: 'f'.repeat(64) }] }) }), 'PACKAGE_TAMPERED');
    expect(error.params.detail).toMatch(/hash/);
  });

  it('lists an entry the zip does not hold', async () => {
    await refusal(
      open([file('a.txt', 'hello')], { manifest: (m) => ({ ...m, entries: [...m.entries, { name: 'b.txt', size: 1, sha256: '0'.repeat(64) }] }) }),
      'PACKAGE_TAMPERED',
      /missing/,
    );
  });

  it('leaves out an entry the zip holds', async () => {
    await refusal(open([file('a.txt', 'hello'), file('extra.exe', 'MZ')], { manifest: (m) => ({ ...m, entries: [m.entries[0]] }) }), 'PACKAGE_TAMPERED', /does not list/);
  });

  it('is missing', async () => {
    await refusal(open([file('a.txt', 'hello')], { noManifest: true }), 'PACKAGE_FORMAT', /no manifest/);
  });

  it('is not JSON', async () => {
    await refusal(open([file('a.txt', 'hello')], { manifestBytes: Buffer.from('{"layout":1,') }), 'PACKAGE_FORMAT', /not valid UTF-8 JSON/);
  });

  it('lacks the meta an importer needs', async () => {
    await refusal(open([file('a.txt', 'hello')], { manifest: (m) => ({ ...m, meta: { office: '某室' } }) }), 'PACKAGE_FORMAT', /manifest: meta/);
  });

  it('names an entry with a path that climbs out', async () => {
    await refusal(open([file('a.txt', 'hello')], { manifest: (m) => ({ ...m, entries: [{ ...m.entries[0], name: '../a.txt' }] }) }), 'PACKAGE_UNSAFE_ENTRY', /relative path/);
  });

  it('is of an unknown layout version', async () => {
    await refusal(open([file('a.txt', 'hello')], { manifest: (m) => ({ ...m, layout: 2 }) }), 'PACKAGE_VERSION', /layout version/);
  });

  it('carries case data of a format version this build does not import', async () => {
    const items = [file('a.txt', 'hello')];
    await refusal(open(items, { manifest: (m) => ({ ...m, meta: { ...m.meta, formatVersion: 9 } }) }, { formatVersions: [1, 2] }), 'PACKAGE_VERSION', /format version/);
  });
});

describe('a package is refused whole when the zip itself', () => {
  it('has bytes after its end record', async () => {
    const zip = await buildZip([file('a.txt', 'hello')]);
    await refusal(openZip(Buffer.concat([zip, Buffer.from('trailing garbage')])), 'PACKAGE_FORMAT', /extra bytes at the end/);
  });

  it('is not a zip at all', async () => {
    await refusal(openZip(Buffer.from('{"just":"json"}')), 'PACKAGE_FORMAT', /End of central directory/);
  });

  it('names the manifest twice', async () => {
    const zip = await buildZip([{ zipName: MANIFEST_NAME, data: Buffer.from('{}') }]);
    await refusal(openZip(zip), 'PACKAGE_UNSAFE_ENTRY', /duplicate/);
  });
});
