import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../main/shell/csp';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

describe('the content security policy on every app page', () => {
  const policy = parse(CONTENT_SECURITY_POLICY);

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'none'"]],
    ['frame-src', ['blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('sets %s to exactly %j', (directive, sources) => {
    expect(policy.get(directive)).toEqual(sources);
  });

  it('lets styles come only from the app itself, plus inline styles while antd injects them at run time', () => {
    const styles = policy.get('style-src') ?? [];
    expect(styles[0]).toBe("'self'");
    expect(styles.filter((s) => s !== "'self'" && s !== "'unsafe-inline'")).toEqual([]);
  });

  it('never allows eval, remote hosts or wildcards anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*|wasm-unsafe-eval/);
  });

  it('names each directive once, with nothing beyond the listed set', () => {
    expect([...policy.keys()].sort()).toEqual(Object.keys(CSP_DIRECTIVES).sort());
    expect(policy.size).toBe(11);
  });
});
