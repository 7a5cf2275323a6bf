/**
 * Signs out through next-auth's own endpoint (CSRF token included) and leaves the page, without
 * shipping next-auth's client library to every page for one call.
 */
export async function signOutAndLeave(to = "/") {
  try {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: to, json: "true" }),
    });
  } finally {
    window.location.assign(to);
  }
}
