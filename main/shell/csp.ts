/**
 * The Content-Security-Policy every app:// response carries. The renderer needs nothing beyond its own
 * bundle: it never talks to a network (connect-src 'none'), never frames or is framed, never posts forms.
 *
 * style-src keeps 'unsafe-inline' because antd's CSS-in-JS injects <style> elements at run time. antd 6
 * can do without it: `<ConfigProvider theme={{ zeroRuntime: true }}>` plus `import 'antd/dist/antd.css'`
 * stops both antd and @ant-design/icons injecting styles (React's `style` props go through the CSSOM,
 * which CSP does not govern). Once the renderer does that, set STYLE_INLINE_ALLOWED to false.
 */
export const STYLE_INLINE_ALLOWED = true;

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': STYLE_INLINE_ALLOWED ? ["'self'", "'unsafe-inline'"] : ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'none'"],
  // The evidence viewer shows a PDF in the browser's own viewer from a blob: URL made in memory.
  'frame-src': ['blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');
