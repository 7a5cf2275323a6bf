// One autocannon run: a fixed number of connections for a fixed time, each request built by the
// scenario (path, method, body, cookie), so load can rotate over many members and pages.
import autocannon, { type Result } from "autocannon";

export interface LoadRequest {
  path: string;
  method?: "GET" | "PUT" | "POST";
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function summarise(result: Result): LoadResult {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Runs `next(i)` for the i-th request of the run, across every connection. */
export async function runLoad(
  origin: string,
  next: (i: number) => LoadRequest,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const made = next(i++);
          return {
            ...request,
            method: made.method ?? "GET",
            path: made.path,
            body: made.body,
            headers: { ...(request.headers as Record<string, string>), ...made.headers },
          };
        },
      },
    ],
  });
  return summarise(result);
}
