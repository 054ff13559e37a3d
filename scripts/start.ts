// `npm start`: the whole platform with the demo community, stopped cleanly with Ctrl-C.
import { join } from 'node:path';
import { config } from '@peerdesk/runtime/config';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { startPlatform } from './platform.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const started = Date.now();
const say = (line: string) => console.log(`peerdesk: ${line}`);

const platform = await startPlatform({
  dataDir: join(ROOT, '.data/postgres/data'),
  postgresPort: Number(process.env.PEERDESK_POSTGRES_PORT ?? 5433),
  gatewayPort: config().ports.gateway,
  webPort: config().ports.web,
  web: true,
  output: config().logLevel === 'debug' ? 'inherit' : 'ignore',
  log: say,
});

console.log(`
  Peerdesk is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

  Web app   ${platform.webUrl}
  GraphQL   ${platform.gatewayUrl}   (HTTP and graphql-ws)

  Demo communities: ${platform.webUrl}/nimbus-games  ·  ${platform.webUrl}/telco-sol
  Sign in as admin@nimbus-games.test, expert1@telco-sol.test, customer1@telco-sol.test …  password: ${DEMO_PASSWORD}
  (all demo accounts are listed in README.md)

  Press Ctrl-C to stop.
`);

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping services and PostgreSQL…`);
  platform.stop().then(
    () => {
      say('stopped cleanly');
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
