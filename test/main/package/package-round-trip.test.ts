import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { exportPackage, openPackage, type PackageEntrySource } from '../../../main/package';
import { CHEAP_KDF, PASSPHRASE, drain, refusal, sampleMeta, useTempDir } from './package-fixture';

const tempDir = useTempDir();

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

function fixtureEntries(): { name: string; data: Buffer; source: () => PackageEntrySource['open'] extends () => infer R ? R : never; compress?: boolean }[] {
  const binary = crypto.randomBytes(3 * 1024 * 1024 + 12345);
  const text = Buffer.from('谈话笔录：被谈话人对所反映问题作出说明。\n'.repeat(40_000));
  const caseJson = Buffer.from(JSON.stringify({ caseNo: '澄字〔2024〕第7号', subject: '李四', steps: ['受理', '核查', '澄清'] }));
  return [
    { name: 'case.json', data: caseJson, source: () => Readable.from([caseJson]) },
    { name: '附件/谈话笔录（第一次）.txt', data: text, source: () => Readable.from(chunksOf(text, 64 * 1024)) },
    { name: '附件/照片 01.jpg', data: binary, compress: false, source: () => uint8Pieces(binary) },
    { name: '空白说明.txt', data: Buffer.alloc(0), source: () => Readable.from([]) },
  ];
}

function chunksOf(b: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
}

/** Callers may hand plain Uint8Array pieces from an async generator rather than a stream. */
async function* uint8Pieces(b: Buffer): AsyncGenerator<Uint8Array> {
  for (const piece of chunksOf(b, 300_000)) yield new Uint8Array(piece);
}

async function* entriesOf(list: ReturnType<typeof fixtureEntries>): AsyncGenerator<PackageEntrySource> {
  for (const e of list) yield { name: e.name, size: e.data.length, open: e.source, compress: e.compress };
}

describe('a case package, exported and opened again', () => {
  it('gives back every entry byte for byte, Chinese names included, with the meta and manifest', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, '案卷交换包.qzp');
    const list = fixtureEntries();
    const exported = await exportPackage({ outFile, passphrase: PASSPHRASE, meta: { ...sampleMeta(), caseCount: 1 }, entries: entriesOf(list), kdf: CHEAP_KDF });

    expect(exported.bytes).toBe(fs.statSync(outFile).size);
    expect(exported.sha256).toBe(sha(fs.readFileSync(outFile)));

    const pkg = await openPackage(outFile, PASSPHRASE);
    try {
      expect(pkg.meta).toEqual({ ...sampleMeta(), caseCount: 1 });
      expect(pkg.manifest.entries.map((e) => e.name)).toEqual(list.map((e) => e.name));
      for (const e of list) {
        const listed = pkg.manifest.entries.find((m) => m.name === e.name)!;
        expect({ size: listed.size, sha256: listed.sha256 }).toEqual({ size: e.data.length, sha256: sha(e.data) });
        expect(sha(await drain(pkg.read(e.name)))).toBe(sha(e.data));
      }
      expect(await pkg.readJson('case.json')).toEqual(JSON.parse(list[0].data.toString()));
    } finally {
      await pkg.close();
    }
  });

  it('never holds the plaintext on disk: the package file does not contain the entries', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    const secret = Buffer.from('被反映人：王五，身份证号 110101199001011234');
    await exportPackage({
      outFile,
      passphrase: PASSPHRASE,
      meta: sampleMeta(),
      entries: [{ name: 'secret.txt', size: secret.length, open: () => Readable.from([secret]), compress: false }],
      kdf: CHEAP_KDF,
    });
    const onDisk = fs.readFileSync(outFile);
    expect(onDisk.includes(secret)).toBe(false);
    expect(onDisk.includes(Buffer.from(sampleMeta().office))).toBe(false);
    expect(onDisk.includes(Buffer.from('secret.txt'))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['p.qzp']);
  });

  it('reports progress on export and on verification, rising to the total', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    const list = fixtureEntries();
    const total = list.reduce((s, e) => s + e.data.length, 0);
    const exportSteps: [number, number][] = [];
    await exportPackage({ outFile, passphrase: PASSPHRASE, meta: sampleMeta(), entries: entriesOf(list), kdf: CHEAP_KDF, totalBytes: total, onProgress: (d, t) => exportSteps.push([d, t]) });
    const verifySteps: [number, number][] = [];
    const pkg = await openPackage(outFile, PASSPHRASE, { onProgress: (d, t) => verifySteps.push([d, t]) });
    await pkg.close();

    for (const steps of [exportSteps, verifySteps]) {
      expect(steps.length).toBeGreaterThan(3);
      const dones = steps.map(([d]) => d);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(steps.at(-1)![0]).toBe(steps.at(-1)![1]);
    }
    expect(exportSteps.at(-1)).toEqual([total, total]);
    expect(verifySteps.at(-1)).toEqual([total, total]);
  });

  it('reads a package that fills its last chunk exactly and one that spans many chunks', async () => {
    const dir = tempDir();
    // Stored entries make the zip size predictable; a 1 MiB boundary then falls inside or at the end.
    for (const size of [1, 1024 * 1024, 5 * 1024 * 1024 - 300]) {
      const outFile = path.join(dir, `p${size}.qzp`);
      const data = crypto.randomBytes(size);
      await exportPackage({ outFile, passphrase: PASSPHRASE, meta: sampleMeta(), entries: [{ name: 'a.bin', size, open: () => Readable.from([data]), compress: false }], kdf: CHEAP_KDF });
      const pkg = await openPackage(outFile, PASSPHRASE);
      expect((await drain(pkg.read('a.bin'))).equals(data)).toBe(true);
      await pkg.close();
    }
  });

  it('says an entry the package does not hold was not found', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    await exportPackage({ outFile, passphrase: PASSPHRASE, meta: sampleMeta(), entries: [], kdf: CHEAP_KDF });
    const pkg = await openPackage(outFile, PASSPHRASE);
    try {
      expect(pkg.manifest.entries).toEqual([]);
      expect(() => pkg.read('nope.txt')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    } finally {
      await pkg.close();
    }
  });

  it('refuses, on the second pass, a file that was changed on the stick after it was verified', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    const first = crypto.randomBytes(2 * 1024 * 1024);
    const second = crypto.randomBytes(2 * 1024 * 1024);
    await exportPackage({
      outFile,
      passphrase: PASSPHRASE,
      meta: sampleMeta(),
      entries: [
        { name: 'first.bin', size: first.length, open: () => Readable.from([first]), compress: false },
        { name: 'second.bin', size: second.length, open: () => Readable.from([second]), compress: false },
      ],
      kdf: CHEAP_KDF,
    });
    const pkg = await openPackage(outFile, PASSPHRASE);
    try {
      const fd = fs.openSync(outFile, 'r+');
      fs.writeSync(fd, Buffer.from([0x42]), 0, 1, 1000);
      fs.closeSync(fd);
      await refusal(drain(pkg.read('first.bin')), 'PACKAGE_TAMPERED');
    } finally {
      await pkg.close();
    }
  });
});

describe('exporting refuses what an import would refuse, and leaves no file behind', () => {
  async function attempt(entries: PackageEntrySource[], outFile: string): Promise<unknown> {
    return exportPackage({ outFile, passphrase: PASSPHRASE, meta: sampleMeta(), entries, kdf: CHEAP_KDF });
  }
  const one = (name: string, data = Buffer.from('x')): PackageEntrySource => ({ name, size: data.length, open: () => Readable.from([data]) });

  it('refuses a name that climbs out of the folder', async () => {
    const dir = tempDir();
    await refusal(attempt([one('../x.txt')], path.join(dir, 'p.qzp')), 'PACKAGE_UNSAFE_ENTRY');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses two names that are the same file on Windows', async () => {
    const dir = tempDir();
    await refusal(attempt([one('Report.txt'), one('report.TXT')], path.join(dir, 'p.qzp')), 'PACKAGE_UNSAFE_ENTRY');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses an entry whose stream is longer or shorter than its declared size', async () => {
    const dir = tempDir();
    const data = Buffer.from('twelve bytes');
    await refusal(attempt([{ name: 'a', size: data.length - 1, open: () => Readable.from([data]) }], path.join(dir, 'p.qzp')), 'PACKAGE_ENTRY_SIZE_MISMATCH');
    await refusal(attempt([{ name: 'a', size: data.length + 1, open: () => Readable.from([data]) }], path.join(dir, 'p.qzp')), 'PACKAGE_ENTRY_SIZE_MISMATCH');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('passes on a source stream that fails, and removes the partial file', async () => {
    const dir = tempDir();
    const failing: PackageEntrySource = {
      name: 'broken.bin',
      size: 10_000_000,
      open: () =>
        (async function* () {
          yield crypto.randomBytes(3_000_000);
          throw new AppError('NOT_FOUND', { reason: 'attachment vanished' });
        })(),
    };
    await expect(attempt([one('ok.txt'), failing], path.join(dir, 'p.qzp'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('keeps an existing file when the new export fails', async () => {
    const dir = tempDir();
    const outFile = path.join(dir, 'p.qzp');
    fs.writeFileSync(outFile, 'previous package');
    await refusal(attempt([one('a/../b')], outFile), 'PACKAGE_UNSAFE_ENTRY');
    expect(fs.readFileSync(outFile, 'utf8')).toBe('previous package');
  });

  it('refuses key derivation settings a reader would not run: too cheap to resist guessing, or too costly', async () => {
    const dir = tempDir();
    for (const kdf of [{ N: 2 ** 8 }, { N: 2 ** 21 }, { r: 64 }, { p: 8 }]) {
      await expect(exportPackage({ outFile: path.join(dir, 'p.qzp'), passphrase: PASSPHRASE, meta: sampleMeta(), entries: [], kdf })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fields: ['kdf'],
      });
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses meta without the office, the exporter or the format version', async () => {
    const dir = tempDir();
    const bad = { office: '', exportedAt: 'x', exportedBy: 'y', formatVersion: 1 };
    await expect(exportPackage({ outFile: path.join(dir, 'p.qzp'), passphrase: PASSPHRASE, meta: bad, entries: [], kdf: CHEAP_KDF })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: ['meta'],
    });
  });
});
