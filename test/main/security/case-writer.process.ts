/**
 * A child process for the crash-safety test: signs in through the real core and writes cases in a
 * loop, printing each case's id only after the call that created it has returned — that is, after
 * its transaction committed. The test kills it with SIGKILL at a random moment.
 *
 *   node --import tsx case-writer.process.ts <dataDir> <username> <password> <cadreId>
 */
import fs from 'node:fs';
import { createCore } from '../../../main/core';
import { application } from '../../support/fault-tolerance-data';

const [dataDir, username, password, cadreId] = process.argv.slice(2);
// Written straight to the descriptor: nothing waits in a buffer that a SIGKILL would lose unsaid.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

async function main(): Promise<void> {
  const core = createCore({ dataDir, kdf: { N: 2 ** 12 } });
  const login = await core.dispatch('auth.login', { username, password });
  if (!login.ok) throw new Error(`sign-in refused: ${login.error.code}`);
  say('ready');
  for (let n = 1; ; n++) {
    const created = await core.dispatch('cases.create', { kind: 'fault-tolerance', cadreId: Number(cadreId), data: { ...application, factsClaimed: `第${n}次写入` } });
    if (!created.ok) throw new Error(`cases.create refused: ${created.error.code}`);
    const id = (created.value as { summary: { id: number } }).summary.id;
    say(`committed ${id}`);
    // A bigger write in between, so that kills also land inside multi-page transactions.
    const saved = await core.dispatch('cases.saveStep', { id, step: 'application', data: { factsClaimed: `补充事实（${n}）：${'经查，'.repeat(1500)}` } });
    if (saved.ok) say(`saved ${id}`);
  }
}

main().catch((err: unknown) => {
  fs.writeSync(2, `case-writer: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
