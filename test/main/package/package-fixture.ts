import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { PackageMeta } from '../../../main/package/manifest';
import { packageErrorReason, type PackageErrorReason } from '../../../main/package/package-error';

/** Tests run scrypt at 2^12 (a few ms); one test checks that real exports record the real cost. */
export const CHEAP_KDF = { N: 2 ** 12 } as const;
export const PASSPHRASE = '清正-交换口令-2024!';

export function sampleMeta(): PackageMeta {
  return { office: '某市纪委监委第三审查调查室', exportedAt: '2024-05-06T09:30:00+08:00', exportedBy: '张三', formatVersion: 1 };
}

/** A fresh folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qz-package-'));
    made.push(dir);
    return dir;
  };
}

/**
 * Awaits a refusal and checks it is the package error with this reason (and, when given, a detail
 * matching `detail`, so a test cannot pass because of some other fault); returns it.
 */
export async function refusal(promise: Promise<unknown>, reason: PackageErrorReason, detail?: RegExp): Promise<AppError> {
  let caught: unknown;
  try {
    const value = await promise;
    // A package that opened by mistake still holds a file handle.
    if (value && typeof value === 'object' && 'close' in value && typeof value.close === 'function') await value.close();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected refusal ${reason}`).toBeInstanceOf(AppError);
  expect({ reason: packageErrorReason(caught), detail: (caught as AppError).params.detail }).toMatchObject({ reason, ...(detail ? { detail: expect.stringMatching(detail) } : {}) });
  return caught as AppError;
}

/** Async-iterates to the end and joins the pieces. */
export async function drain(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of source) parts.push(part);
  return Buffer.concat(parts);
}
