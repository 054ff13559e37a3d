// Journey 5d: axe-core on the main pages (no serious or critical WCAG A/AA violation), at desktop and phone widths,
// and the JavaScript weight of the public question page (at most 100 KB compressed).
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;
let questionPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
  const resolved = await query<{ questions: { edges: { node: { id: string } }[] } }>(
    'query ($brandId: ID!) { questions(brandId: $brandId, first: 1, status: RESOLVED) { edges { node { id } } } }',
    { brandId: brand.data!.brand.id },
  );
  questionPath = `/telco-sol/q/${resolved.data!.questions.edges[0]!.node.id}`;
});
afterAll(() => browser?.close());

async function check(context: BrowserContext, path: string, name: string) {
  const page = await context.newPage();
  const response = await page.goto(`${webUrl()}${path}`);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle').catch(() => {});
  expect(await seriousAxeViolations(page), path).toEqual([]);
  await screenshot(page, name);
  await page.close();
}

describe.skipIf(!inject('webUrl'))('accessibility and weight in Chromium', () => {
  it('home, community, question, leaderboard, sign-up and ask pages have no serious axe violations', async () => {
    for (const [width, suffix] of [[1280, 'desktop'], [390, 'mobile']] as const) {
      const context = await browser.newContext({ locale: 'es-ES', viewport: { width, height: 900 } });
      await check(context, '/', `a11y-home-${suffix}`);
      await check(context, '/telco-sol', `a11y-community-${suffix}`);
      await check(context, questionPath, `a11y-question-${suffix}`);
      await check(context, '/telco-sol/leaderboard?period=ALL_TIME', `a11y-leaderboard-${suffix}`);
      await check(context, '/signup', `a11y-signup-${suffix}`);
      const page = await context.newPage();
      await signInThroughUi(page, webUrl(), 'customer3@telco-sol.test', DEMO_PASSWORD, '/telco-sol/ask');
      await page.close();
      await check(context, '/telco-sol/ask', `a11y-ask-${suffix}`);
      await check(context, questionPath, `a11y-question-signed-in-${suffix}`);
      await context.close();
    }
  });

  it('ships at most 100 KB of compressed JavaScript on the public question page', async () => {
    const page = await browser.newPage({ locale: 'es-ES' });
    const scripts = new Map<string, Promise<Buffer>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) scripts.set(response.url(), response.body());
    });
    await page.goto(`${webUrl()}${questionPath}`);
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(500);
    const bodies = await Promise.all([...scripts.values()]);
    const gzipped = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
    const raw = bodies.reduce((sum, body) => sum + body.length, 0);
    console.log(`question page JavaScript: ${scripts.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzip`);
    expect(gzipped).toBeLessThanOrEqual(100 * 1024);
    await page.close();
  });
});
