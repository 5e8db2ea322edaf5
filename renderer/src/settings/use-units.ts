import { useCallback, useEffect, useState } from 'react';
import type { Unit } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';

/** units.list, loaded on mount and again on demand. */
export function useUnits() {
  const [units, setUnits] = useState<Unit[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setUnits(await invoke('units.list', {}));
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { units, loading, error, reload };
}
