import { loadDemoData, type DemoSummary, type Dispatch } from './demo-data';

/**
 * `--demo`: fills a data folder that has never been set up with the fictional 青山县 office, and
 * leaves one that has alone — demonstration data never mixes with real cases.
 */
export async function loadDemoIfNew(dispatch: Dispatch): Promise<DemoSummary | null> {
  const status = await dispatch('app.status', {});
  if (!status.ok) throw new Error(status.error.message.en);
  if ((status.value as { initialized: boolean }).initialized) return null;
  return loadDemoData(dispatch);
}

/** What the terminal shows after loading: who can sign in, and the recovery key, once. */
export function demoSummaryLines(summary: DemoSummary | null, dataDir: string): string[] {
  if (!summary) return [`演示数据未载入：${dataDir} 已经设置过。 / Demonstration data not loaded: ${dataDir} is already set up.`];
  return [
    `演示数据已载入 ${dataDir}（虚构的青山县纪委监委）。 / Demonstration data loaded into ${dataDir} (a fictional office).`,
    `账户 / accounts (密码 / password ${summary.password}):`,
    ...summary.users.map((u) => `  ${u.username.padEnd(10)} ${u.displayName}  [${u.roles.join(', ')}]`),
    `恢复密钥 / recovery key: ${summary.recoveryKey}`,
  ];
}
