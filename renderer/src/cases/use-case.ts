import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkCalendar } from '../../../shared/calendar';
import type { CaseDetail } from '../../../shared/ipc/cases.contract';
import type { Evaluation, FaultToleranceCatalog } from '../../../shared/workflow';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { useSession } from '../session.store';
import { caseEvaluation } from './case-evaluation';
import { useReference } from './reference.store';

/** The catalog a fault-tolerance case is judged by, as main chooses it: the version it applied, else the one in force. */
async function catalogFor(detail: CaseDetail): Promise<FaultToleranceCatalog | undefined> {
  if (detail.summary.kind !== 'fault-tolerance') return undefined;
  const { loadCatalog, loadCurrentCatalog } = useReference.getState();
  return detail.catalogVersion ? loadCatalog(detail.catalogVersion) : loadCurrentCatalog();
}

/**
 * One case with everything the engine needs beside it (calendar, catalog), loaded together so the
 * screen never draws buttons from half the facts.
 */
export function useCase(id: number) {
  const session = useSession((s) => s.session);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [calendar, setCalendar] = useState<WorkCalendar | null>(null);
  const [catalog, setCatalog] = useState<FaultToleranceCatalog | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  /** A case as main returned it after a save or an action: its catalog may have changed with the ruling. */
  const apply = useCallback(async (next: CaseDetail) => {
    const nextCatalog = await catalogFor(next);
    setCatalog(nextCatalog);
    setDetail(next);
  }, []);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const [next, cal] = await Promise.all([invoke('cases.get', { id }), useReference.getState().loadCalendar()]);
      setCalendar(cal);
      await apply(next);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, [id, apply]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const evaluation: Evaluation | null = useMemo(
    () => (detail && calendar && session ? caseEvaluation(detail, session, calendar, catalog) : null),
    [detail, calendar, catalog, session],
  );

  return { detail, evaluation, loading, error, reload, apply };
}
