import { useEffect, useRef, type ReactNode } from 'react';
import { useSession } from '../session.store';
import { LockOverlay } from './lock-overlay';

/**
 * Keeps its children mounted in the same place whether locked or not, so React keeps their
 * state; the overlay is a sibling drawn above them. Focus goes back where it was on unlock.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const locked = useSession((s) => s.locked);
  // Tracked continuously: by the time the lock is noticed, the overlay has already taken focus.
  const lastFocused = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (locked) return;
    const previous = lastFocused.current;
    if (previous?.isConnected) previous.focus({ preventScroll: true });
  }, [locked]);

  return (
    <>
      <div
        className="qz-lock-gate"
        inert={locked}
        aria-hidden={locked || undefined}
        onFocus={(e) => {
          if (!locked && e.target instanceof HTMLElement) lastFocused.current = e.target;
        }}
      >
        {children}
      </div>
      {locked && <LockOverlay />}
    </>
  );
}
