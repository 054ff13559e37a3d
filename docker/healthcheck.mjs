// Container health probe (Dockerfile HEALTHCHECK): asks the local process that $SERVICE names whether it serves.
// Plain JavaScript so it starts fast without tsx; Node's fetch, so the image needs no curl.
const { env } = process;

/** Port variable, its default and the path each process answers health on. */
const probes = {
  identity: [env.IDENTITY_PORT, 4001, '/health'],
  questions: [env.QUESTIONS_PORT, 4002, '/health'],
  experts: [env.EXPERTS_PORT, 4003, '/health'],
  rewards: [env.REWARDS_PORT, 4004, '/health'],
  search: [env.SEARCH_PORT, 4005, '/health'],
  gateway: [env.GATEWAY_PORT, 4000, '/healthcheck'],
  web: [env.PORT ?? env.WEB_PORT, 3000, '/'],
};

const service = env.SERVICE ?? '';
if (service === 'migrate') process.exit(0); // a one-shot job: nothing to probe
const probe = probes[service];
if (!probe) {
  console.error(`healthcheck: unknown SERVICE '${service}'`);
  process.exit(1);
}

const [port, fallback, path] = probe;
const url = `http://127.0.0.1:${port || fallback}${path}`;
try {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(4000) });
  if (response.status >= 400) {
    console.error(`healthcheck: ${url} answered ${response.status}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`healthcheck: ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
