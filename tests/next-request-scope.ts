// Calls a route handler inside Next's own request scope, the way the server does for every request
// (next/dist/server/route-modules/app-route/module.js): `cookies()` and `headers()` then read the
// request itself. Needed where a handler reaches next/headers through a CommonJS `require` that
// vi.mock can't replace: next-auth's (app/api/auth/[...nextauth]).
//
// Next makes its scope storage from `globalThis.AsyncLocalStorage`, which its server provides
// before loading anything. A test file using this must do the same before Next's modules load, so
// its first line is:
//
//   await vi.hoisted(() => import("@/tests/next-request-scope"));
import { AsyncLocalStorage } from "node:async_hooks";
import type { NextRequest } from "next/server";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;

/** Runs `run` as a route handler of `page` ("/api/auth/[...nextauth]/route") answering `request`. */
export async function inRequestScope<T>(
  page: string,
  request: NextRequest,
  run: () => Promise<T>,
): Promise<T> {
  // Loaded here, not at the top: Next's storage must be made after the global above exists.
  const [{ workAsyncStorage }, { workUnitAsyncStorage }, { createWorkStore }, { createRequestStoreForAPI }] =
    await Promise.all([
      import("next/dist/server/app-render/work-async-storage.external"),
      import("next/dist/server/app-render/work-unit-async-storage.external"),
      import("next/dist/server/async-storage/work-store"),
      import("next/dist/server/async-storage/request-store"),
    ]);
  if (!(workAsyncStorage instanceof AsyncLocalStorage))
    throw new Error(
      "Next's request storage was made before AsyncLocalStorage was provided: import " +
        'tests/next-request-scope.ts first, with `await vi.hoisted(() => import("@/tests/next-request-scope"))`',
    );
  const workStore = createWorkStore({
    page,
    renderOpts: { experimental: {} } as Parameters<typeof createWorkStore>[0]["renderOpts"],
    buildId: "test",
    deploymentId: "test",
    previouslyRevalidatedTags: [],
  });
  const implicitTags = { tags: [], expirationsByCacheKind: new Map() };
  const requestStore = createRequestStoreForAPI(
    request,
    request.nextUrl,
    implicitTags,
    undefined,
    undefined,
    undefined,
  );
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, run));
}
