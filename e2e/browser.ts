// Chromium from Debian, driven by playwright-core; screenshots go to e2e/screenshots (kept by CI).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const SCREENSHOTS = new URL('screenshots/', import.meta.url).pathname;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** axe-core's WCAG A/AA violations of the page as it is now, serious and critical ones only. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<Result> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// For waitForURL: this exact path. A glob ending in /telco-sol also matches /signin?redirectTo=/telco-sol.
export const pathIs = (path: string) => (url: URL) => url.pathname === path;

/** Opens a page and waits until the app is hydrated (what is typed earlier may be reset by hydration). */
export async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await hydrated(page);
}

export function hydrated(page: Page): Promise<unknown> {
  return page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 15_000 });
}

/** The page's live connection is up; graphql-ws has no per-subscription acknowledgement, so give the gateway a moment. */
export async function live(page: Page): Promise<void> {
  await page.locator('p.live[data-status="connected"]').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1000);
}

/** Signs in through the web app's form, as a person does, and waits to be sent back. */
export async function signInThroughUi(page: Page, webUrl: string, email: string, password: string, redirectTo = '/'): Promise<void> {
  await open(page, `${webUrl}/signin?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  try {
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: 15_000 }),
      page.locator('main form button[type=submit]').click(),
    ]);
    await hydrated(page);
  } catch (error) {
    await screenshot(page, `sign-in-failed-${email.split('@')[0]}`);
    throw error;
  }
}
