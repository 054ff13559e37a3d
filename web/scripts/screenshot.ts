// Opens a URL in Chromium (playwright-core, the system browser) and saves a PNG, to look at pages.
// Usage: node scripts/screenshot.ts <url> <out.png> [--width=1280] [--height=900] [--viewport-only] [--locale=en-US]
//        [--wait-for=<css selector>] [--cookie=name=value] [--axe]   (--axe prints axe-core WCAG A/AA violations)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const flags = new Map(
  process.argv
    .slice(2)
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => {
      const [key, ...rest] = arg.slice(2).split('=');
      return [key, rest.join('=') || 'true'] as const;
    }),
);
const [url, out] = positional;
if (!url || !out) {
  console.error('usage: node scripts/screenshot.ts <url> <out.png> [--width=1280] [--height=900] [--viewport-only]');
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({
    viewport: { width: Number(flags.get('width') ?? 1280), height: Number(flags.get('height') ?? 900) },
    locale: flags.get('locale') ?? 'en-US',
  });
  const cookie = flags.get('cookie');
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url }]);
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[browser] ${message.text()}`);
  });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  const response = await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 }).catch(async (error: Error) => {
    // Pages holding a live connection may never go network-idle; the load event is enough then.
    console.error(`(${error.message.split('\n')[0]}; falling back to the load event)`);
    return page.goto(url, { waitUntil: 'load' });
  });
  const waitFor = flags.get('wait-for');
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 15_000 });
  await page.screenshot({ path: out, fullPage: !flags.has('viewport-only') });
  console.log(`${response?.status() ?? '?'} ${url} → ${out}`);
  if (flags.has('axe')) {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    console.log(violations.length === 0 ? 'axe: no violations' : `axe violations:\n  ${violations.join('\n  ')}`);
    if (violations.length > 0) process.exitCode = 1;
  }
} finally {
  await browser.close();
}
