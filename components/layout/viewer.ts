export type Viewer = { name: string | null; email: string } | null;

let asked: { key: string; viewer: Promise<Viewer> } | null = null;

/**
 * Who is signed in, from `/api/session`, asked once per page (`key`: its path) however many
 * components need it: the header's account area, and parts of a cached page that exist only for
 * signed-in readers, which skip their own requests for everyone else.
 */
export function loadViewer(key: string): Promise<Viewer> {
  if (asked?.key !== key) {
    const viewer = fetch("/api/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : { user: null }))
      .then((body: { user: Viewer }) => body.user ?? null)
      .catch(() => null);
    asked = { key, viewer };
  }
  return asked.viewer;
}

/** Asks again next time: the viewer's own details changed, or the page is new. */
export function forgetViewer() {
  asked = null;
}
