// Regenerates every generated artifact in order: subgraph SDL files → supergraph → authorization doc → web client types.
// `--check` regenerates nothing and fails when any committed artifact is stale (CI runs it).
import { spawnSync } from 'node:child_process';
import { SERVICES } from './services.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

function run(label: string, command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  return ok;
}

const tsx = ['--import', 'tsx'];
const flag = check ? ['--check'] : [];
const results = [
  ...SERVICES.map((service) =>
    run(`${service.name} schema.graphql`, process.execPath, [...tsx, service.main.replace('main.ts', 'print-schema.ts'), ...flag]),
  ),
  run('gateway/supergraph.graphql', process.execPath, [...tsx, 'gateway/src/compose.ts', ...flag]),
  run('docs/authorization.md', process.execPath, [...tsx, 'scripts/authorization-docs.ts', ...flag]),
  run('web GraphQL types', 'npm', ['run', check ? 'codegen:check' : 'codegen', '-w', '@peerdesk/web']),
];
if (results.includes(false)) process.exit(1);
