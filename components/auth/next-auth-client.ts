// Signing in through next-auth's own endpoints, without its client library: the sign-in page
// fetches the CSRF token when it loads, so pressing "Sign in" costs one request, not two.

let csrfToken: Promise<string> | null = null;

/** next-auth's CSRF token for this browser (its cookie is set by the same request). */
export function prefetchCsrfToken(): Promise<string> {
  csrfToken ??= fetch("/api/auth/csrf", { cache: "no-store" })
    .then((response) => response.json() as Promise<{ csrfToken: string }>)
    .then((body) => body.csrfToken);
  csrfToken.catch(() => (csrfToken = null));
  return csrfToken;
}

async function post(path: string, fields: Record<string, string>) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await prefetchCsrfToken(), json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  return { ok: response.ok, url: new URL(url ?? "/", window.location.origin) };
}

export type SignInOutcome = { ok: true } | { ok: false; error: string };

/** Email and password sign-in; the error is next-auth's code (see lib/auth/sign-in-errors.ts). */
export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const fields = { email, password, callbackUrl: window.location.href };
  try {
    let answer = await post("/api/auth/callback/credentials", fields);
    if (answer.url.searchParams.has("csrf")) {
      // The token went stale (its cookie was cleared): fetch a new one and try once more.
      csrfToken = null;
      answer = await post("/api/auth/callback/credentials", fields);
    }
    const error =
      answer.url.searchParams.get("error") ?? (answer.url.searchParams.has("csrf") ? "csrf" : null);
    return answer.ok && !error ? { ok: true } : { ok: false, error: error ?? "network" };
  } catch {
    return { ok: false, error: "network" };
  }
}

/** Starts an OAuth sign-in: next-auth answers with the provider's page to go to. */
export async function signInWithProvider(providerId: string, callbackUrl: string) {
  const { url } = await post(`/api/auth/signin/${encodeURIComponent(providerId)}`, { callbackUrl });
  window.location.assign(url.href);
}
