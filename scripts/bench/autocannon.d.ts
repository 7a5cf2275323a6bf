// The slice of autocannon@8's programmatic API the benchmark uses (the package ships no types).
declare module "autocannon" {
  interface Percentiles {
    average: number;
    p50: number;
    p99: number;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: {
      path?: string;
      method?: string;
      setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
    }[];
  }

  export interface Result {
    requests: Percentiles & { total: number; sent: number };
    latency: Percentiles;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    duration: number;
  }

  export default function autocannon(options: Options): PromiseLike<Result> & { stop(): void };
}
