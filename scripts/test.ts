// `npm test`: every check CI runs — generated artifacts fresh, lint, types, then all test tiers — and a summary
// whose last line is `N passed, N failed, N skipped` (each check counts as one test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const reportDir = join(ROOT, '.data/test-report');
mkdirSync(reportDir, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];

function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`━━ ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(label: string, command: string, args: string[]): void {
  if (step(label, command, args)) tally.passed++;
  else {
    tally.failed++;
    failures.push(label);
  }
}

interface VitestJson {
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const wanted = (name: string) => only.length === 0 || only.includes(name);

if (wanted('static')) {
  check('generated artifacts are fresh', process.execPath, ['--import', 'tsx', 'scripts/codegen.ts', '--check']);
  check('lint (zero warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']);
  check('types (services)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  check('types (web)', 'npm', ['run', 'check', '-w', '@peerdesk/web']);
  check('docker files (what can be checked without an engine)', 'bash', ['docker/validate.sh']);
}

// Elasticsearch for the search adapter's contract tests: a real server, fetched from Maven Central and cached.
// Locally without Java/Maven its suites report SKIPPED; in CI (CI=true) they fail without it.
let startedElasticsearch = false;
if (wanted('integration') && !process.env.ELASTICSEARCH_TEST_URL) {
  console.log('\n━━ Elasticsearch: bash scripts/elasticsearch.sh start');
  const es = spawnSync('bash', ['scripts/elasticsearch.sh', 'start'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (es.status === 0) {
    process.env.ELASTICSEARCH_TEST_URL = es.stdout.trim().split('\n').at(-1);
    startedElasticsearch = true;
    console.log(`━━ Elasticsearch at ${process.env.ELASTICSEARCH_TEST_URL}`);
  } else console.log('━━ Elasticsearch unavailable: its suites are SKIPPED locally and FAIL in CI');
}

// The web app has its own vite/vitest config (SvelteKit), so its unit tests run from web/.
const tiers: { project: string; args: string[] }[] = [
  { project: 'unit', args: ['--project', 'unit'] },
  { project: 'web', args: ['--root', 'web'] },
  { project: 'integration', args: ['--project', 'integration'] },
  { project: 'e2e', args: ['--project', 'e2e'] },
];

for (const { project, args } of tiers) {
  if (!wanted(project) && !(project === 'web' && wanted('unit'))) continue;
  const output = join(reportDir, `${project}.json`);
  const ok = step(`tests: ${project}`, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  if (!existsSync(output)) {
    tally.failed++;
    failures.push(`tests: ${project} (no report)`);
    continue;
  }
  const report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  let counted = 0;
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      counted++;
      if (test.status === 'passed') tally.passed++;
      else if (test.status === 'failed') {
        tally.failed++;
        failures.push(`${project}: ${test.fullName}`);
      } else tally.skipped++;
    }
  }
  if (!ok && !failures.some((f) => f.startsWith(`${project}:`))) {
    tally.failed++;
    failures.push(`tests: ${project} (runner failed${counted === 0 ? ', no test ran' : ''})`);
  }
}

if (startedElasticsearch) spawnSync('bash', ['scripts/elasticsearch.sh', 'stop'], { cwd: ROOT, stdio: 'ignore' });

console.log('\n━━ summary');
for (const failure of failures) console.log(`  ✗ ${failure}`);
console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(tally.failed > 0 ? 1 : 0);
