// Key pages in English: the language choice is remembered across pages, the community home and question page carry
// what search engines read (title, description, canonical, QAPage structured data), the leaderboard switches periods,
// and an expert of nimbus-games works the console: standing, earnings, redeeming a reward, requesting a payout.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { hydrated, launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, signIn } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('key pages in English', () => {
  it('remembers the language, serves SEO metadata and switches leaderboard periods', async () => {
    // A Spanish browser on a Spanish community picks English once; every later page stays English.
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${webUrl()}/telco-sol`);
    await hydrated(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Ask a question' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    // What search engines read on the community home.
    await expect(page.title()).resolves.toBe('Telco Sol · Peerdesk');
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBeTruthy();
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${webUrl()}/telco-sol`);
    await screenshot(page, 'english-community-home');

    // A resolved question page: QAPage structured data with the accepted answer.
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
    const resolved = await query<{ questions: { edges: { node: { id: string; title: string } }[] } }>(
      'query ($brandId: ID!) { questions(brandId: $brandId, first: 1, status: RESOLVED) { edges { node { id title } } } }',
      { brandId: brand.data!.brand.id },
    );
    const question = resolved.data!.questions.edges[0]!.node;
    await page.goto(`${webUrl()}/telco-sol/q/${question.id}`);
    await page.getByRole('heading', { name: 'Answers' }).waitFor();
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${webUrl()}/telco-sol/q/${question.id}`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
      '@type': string;
      mainEntity: { '@type': string; name: string; acceptedAnswer?: { '@type': string } };
    };
    expect(ld).toMatchObject({ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: question.title, acceptedAnswer: { '@type': 'Answer' } } });
    await screenshot(page, 'english-question-resolved');

    // The leaderboard: four periods, the current one marked; switching is a plain link that keeps the language.
    await page.goto(`${webUrl()}/telco-sol/leaderboard`);
    for (const [label, period] of [['Today', 'DAY'], ['This month', 'MONTH'], ['All time', 'ALL_TIME'], ['This week', 'WEEK']] as const) {
      await page.getByRole('link', { name: label }).click();
      await page.waitForURL(`**/telco-sol/leaderboard?period=${period}`);
      await page.getByRole('heading', { name: label, level: 2 }).waitFor();
      await expect(page.getByRole('link', { name: label }).getAttribute('aria-current')).resolves.toBe('page');
    }
    await page.getByRole('link', { name: 'All time' }).click();
    await page.locator('ol.board li').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'english-leaderboard-all-time');
    await context.close();
  });

  it('lets an expert see standing and earnings, redeem a reward and request a payout', async () => {
    // The brand's admin lowers the payout threshold to 50 cents, so the demo expert's small balance can be paid out.
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "nimbus-games") { id } }');
    const settings = await query(
      'mutation ($input: SetPayoutSettingsInput!) { setPayoutSettings(input: $input) { thresholdMinor } }',
      { input: { brandId: brand.data!.brand.id, thresholdMinor: 50 } },
      await signIn('admin@nimbus-games.test'),
    );
    expect(settings.errors).toBeUndefined();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl(), 'expert1@nimbus-games.test', DEMO_PASSWORD, '/nimbus-games/expert');
    await page.getByRole('heading', { name: 'Your standing' }).waitFor();
    await expect(page.getByTestId('reputation').textContent()).resolves.toMatch(/^[\d,]+$/);
    await page.getByRole('heading', { name: 'Earnings' }).waitFor();
    await expect(page.getByTestId('earnings-total').textContent()).resolves.toMatch(/^\$\d+\.\d\d$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'english-expert-console');

    await page.getByRole('link', { name: 'Rewards and payouts' }).click();
    await page.getByRole('heading', { name: 'Reward catalog' }).waitFor();
    await hydrated(page);
    const before = (await page.getByTestId('available').textContent())!;
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'english-expert-rewards');

    const item = page.locator('li.item', { hasText: 'Raid revive pack' });
    await item.getByRole('button', { name: 'Redeem' }).click();
    await page.getByText('Redeemed: Raid revive pack').waitFor();
    const dollars = (text: string) => Number(text.replace(/[^\d.]/g, ''));
    await expect(page.getByTestId('available').textContent().then((t) => dollars(t!))).resolves.toBeCloseTo(dollars(before) - 1.5, 2);
    await page.locator('section[aria-labelledby="redemptions-heading"] li', { hasText: 'Raid revive pack' }).first().waitFor();

    // A payout below the brand's threshold is refused with a clear message; everything available is accepted.
    await page.getByLabel(/Amount in USD/).fill('0.10');
    await page.getByRole('button', { name: 'Request payout' }).click();
    await page.getByRole('alert').filter({ hasText: 'That is below the minimum payout of $0.50.' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'english-expert-payout-below-threshold');
    await page.getByLabel(/Amount in USD/).fill('');
    await page.getByRole('button', { name: 'Request payout' }).click();
    await page.getByText('Payout requested.').waitFor();
    await page.locator('section[aria-labelledby="payout-heading"] tbody tr').first().waitFor();
    await expect(page.getByTestId('available').textContent()).resolves.toBe('$0.00');
    await screenshot(page, 'english-expert-payout-requested');
    await context.close();
  });
});
