import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';

export type Account = Output<'users.list'>[number];

/**
 * The accounts, for the user filter and for naming the account of an entry written before anyone
 * was signed in (a failed sign-in records the account tried, not a signed-in name).
 */
export function useAccounts(): Account[] {
  const [accounts, setAccounts] = useState<Account[]>([]);
  useEffect(() => {
    let live = true;
    invoke('users.list', {})
      .then((list) => live && setAccounts(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return accounts;
}
