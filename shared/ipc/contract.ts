import type { z } from 'zod';
import { authContract } from './auth.contract';
import { usersContract } from './users.contract';
import { auditContract } from './audit.contract';
import { casesContract } from './cases.contract';
import { referenceContract } from './reference.contract';
import { attachmentsContract } from './attachments.contract';
import { documentsContract } from './documents.contract';
import { exportsContract } from './exports.contract';
import { jobsContract } from './jobs.contract';
import { clearanceContract } from './clearance.contract';
import { backupContract } from './backup.contract';

/** Every channel the renderer may call, with its schemas: the single source for main and renderer. */
export const contract = {
  ...authContract,
  ...usersContract,
  ...auditContract,
  ...casesContract,
  ...referenceContract,
  ...attachmentsContract,
  ...documentsContract,
  ...exportsContract,
  ...jobsContract,
  ...clearanceContract,
  ...backupContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
