import { createServer } from 'node:net';

/** A TCP port that was free a moment ago on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first of `count` consecutive ports that were free a moment ago (the platform puts its subgraphs after the gateway). */
export async function freePortRun(count: number): Promise<number> {
  for (;;) {
    const base = await freePort();
    if (base + count - 1 > 65535) continue;
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => isFree(base + i + 1)));
    if (rest.every(Boolean)) return base;
  }
}
