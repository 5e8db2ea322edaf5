import { evaluateAction, type Evaluation, type Reason } from '../../../shared/workflow';

/**
 * What the table's rules on recorded data (its guards) would say if the step's work were submitted
 * now, judged on what is being typed: the screen warns as the officer fills in, e.g. that an
 * exclusion found to hold rules the tolerated outcomes out. Read from the engine, never re-coded.
 */
export function liveGuardReasons(evaluation: Evaluation, stepKey: string): Reason[] {
  const submits = evaluation.table.actions.filter(
    (a) => a.kind === 'submit' && a.from.some((p) => p.step === stepKey && p.status === 'active'),
  );
  const probe = { ...evaluation, state: { ...evaluation.state, step: stepKey, status: 'active' as const } };
  const seen = new Set<string>();
  return submits
    .flatMap((a) => evaluateAction(probe, a.key)?.reasons ?? [])
    .filter((r) => r.kind === 'guard')
    .filter((r) => {
      const id = `${r.key}|${r.field ?? ''}|${JSON.stringify(r.refs ?? {})}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}

/** The reasons that name one field ('step.field'), for a warning under it. */
export function reasonsFor(reasons: readonly Reason[], field: string): Reason[] {
  return reasons.filter((r) => r.field === field);
}
