import { useEffect, useRef } from 'react';

/** Main's idle timer is kept alive by session.touch; more often than this would only add noise. */
export const TOUCH_INTERVAL_MS = 30_000;
/** How late a lock may come after the deadline; small against minutes, cheap to run. */
const CHECK_INTERVAL_MS = 5_000;
const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

interface IdleLockOptions {
  enabled: boolean;
  minutes: number;
  onIdle: () => void;
  onTouch: () => void;
}

/**
 * Watches the user's activity: tells main now and then that someone is there, and calls
 * onIdle once nobody has touched mouse or keys for `minutes`. Wall-clock based, so a
 * computer waking from sleep past the deadline locks at once.
 */
export function useIdleLock({ enabled, minutes, onIdle, onTouch }: IdleLockOptions): void {
  const callbacks = useRef({ onIdle, onTouch });
  callbacks.current = { onIdle, onTouch };

  useEffect(() => {
    if (!enabled || !(minutes > 0)) return;
    let lastActivity = Date.now();
    let lastTouch = lastActivity;

    const onActivity = () => {
      const now = Date.now();
      lastActivity = now;
      if (now - lastTouch >= TOUCH_INTERVAL_MS) {
        lastTouch = now;
        callbacks.current.onTouch();
      }
    };
    const check = () => {
      if (Date.now() - lastActivity >= minutes * 60_000) callbacks.current.onIdle();
    };

    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    const timer = setInterval(check, CHECK_INTERVAL_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      clearInterval(timer);
    };
  }, [enabled, minutes]);
}
