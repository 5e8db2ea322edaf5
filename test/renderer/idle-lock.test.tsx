import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { TOUCH_INTERVAL_MS, useIdleLock } from '../../renderer/src/auth/idle-lock';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function watch(minutes: number, enabled = true) {
  const onIdle = vi.fn();
  const onTouch = vi.fn();
  const hook = renderHook((props: { enabled: boolean }) => useIdleLock({ enabled: props.enabled, minutes, onIdle, onTouch }), {
    initialProps: { enabled },
  });
  return { onIdle, onTouch, hook };
}

function typeSomething() {
  act(() => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
  });
}

describe('the idle watcher', () => {
  test('locks once the configured minutes pass with no mouse or key activity', () => {
    const { onIdle } = watch(10);
    act(() => void vi.advanceTimersByTime(9 * 60_000 + 50_000));
    expect(onIdle).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(15_000));
    expect(onIdle).toHaveBeenCalled();
  });

  test('activity keeps pushing the lock back', () => {
    const { onIdle } = watch(1);
    for (let i = 0; i < 10; i++) {
      act(() => void vi.advanceTimersByTime(50_000));
      typeSomething();
    }
    expect(onIdle).not.toHaveBeenCalled();
  });

  test('tells main someone is there at most once every 30 seconds while active', () => {
    const { onTouch } = watch(10);
    // Typing every second for two minutes.
    for (let second = 1; second <= 120; second++) {
      act(() => void vi.advanceTimersByTime(1_000));
      typeSomething();
    }
    expect(onTouch.mock.calls.length).toBe(120_000 / TOUCH_INTERVAL_MS);
  });

  test('says nothing to main while nobody is there', () => {
    const { onTouch } = watch(10);
    act(() => void vi.advanceTimersByTime(5 * 60_000));
    expect(onTouch).not.toHaveBeenCalled();
  });

  test('does nothing while disabled (signed out or already locked)', () => {
    const { onIdle, onTouch } = watch(1, false);
    typeSomething();
    act(() => void vi.advanceTimersByTime(5 * 60_000));
    typeSomething();
    expect(onIdle).not.toHaveBeenCalled();
    expect(onTouch).not.toHaveBeenCalled();
  });
});
