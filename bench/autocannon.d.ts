// The part of autocannon 8's programmatic API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    duration?: number;
    /** Requests per second across all connections; 0 = as fast as possible. */
    overallRate?: number;
    /** Every response must be exactly this body, or it counts as a mismatch. */
    expectBody?: string;
    /** Run the load generator in worker threads, off this process's event loop. */
    workers?: number;
    timeout?: number;
    /** Called with every connection's client; in worker mode, the path of a module exporting that function. */
    setupClient?: string;
  }

  interface Histogram {
    average: number;
    mean: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
    total: number;
  }

  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    '2xx': number;
    latency: Histogram;
    requests: Histogram & { sent: number };
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
  export type { Options, Result };
}
