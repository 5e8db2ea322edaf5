import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/keys/atomic-write';
import { useTempDir } from '../db/temp-dir';

const tempDir = useTempDir('qingzheng-atomic-');

describe('writing the keyring file', () => {
  it('replaces the content whole and leaves no temporary file behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'keyring.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second');
    expect(fs.readFileSync(file, 'utf8')).toBe('second');
    expect(fs.readdirSync(dir)).toEqual(['keyring.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the file readable by its owner only', () => {
    const file = path.join(tempDir(), 'keyring.json');
    writeFileAtomic(file, '{}');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves the old content in place when the new one cannot be written', () => {
    const dir = tempDir();
    const file = path.join(dir, 'keyring.json');
    writeFileAtomic(file, 'old');
    const target = path.join(dir, 'is-a-folder');
    fs.mkdirSync(target);
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir).sort()).toEqual(['is-a-folder', 'keyring.json']);
  });
});
