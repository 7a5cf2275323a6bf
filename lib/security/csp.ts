/** Where the page is served from: decides the few directives that differ between dev and production. */
export interface PolicyContext {
  /** The site is served over https (lib/auth/cookies.ts SECURE_COOKIES). */
  https: boolean;
  /** `next dev`: React needs eval() for its error overlay and stack traces. */
  dev: boolean;
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The Content-Security-Policy of every HTML page. Scripts run only with this response's nonce
 * (Next puts it on its own scripts; 'strict-dynamic' lets them load their chunks), so injected
 * markup can't run script even if it got past the sanitizer. Styles allow inline because React
 * renders `style` attributes (progress bars, charts); a nonce beside them would switch that off.
 */
export function contentSecurityPolicy(nonce: string, { https, dev }: PolicyContext): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** Browsers remember to use https for two years, subdomains included; only sent over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** HSTS when the site is served over https, for every answer (pages, redirects, API); nothing over http. */
export function transportSecurityHeaders(https: boolean): Record<string, string> {
  return https ? { "Strict-Transport-Security": HSTS } : {};
}

/** Headers that depend on the request or on how the site is served (the static ones are in next.config.ts). */
export function pageSecurityHeaders(nonce: string, context: PolicyContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, context),
    ...transportSecurityHeaders(context.https),
  };
}

/** The nonce of a Content-Security-Policy value (`'nonce-…'` in script-src), or null. */
export function nonceOf(policy: string | null | undefined): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(policy ?? "")?.[1] ?? null;
}

/**
 * Runs before any bundle: zod would otherwise probe `new Function("")` to compile faster parsers,
 * which the policy (rightly) refuses and reports as a violation on every page with a form.
 */
export const ZOD_JITLESS_SCRIPT =
  "(globalThis.__zod_globalConfig||(globalThis.__zod_globalConfig={})).jitless=true;";
