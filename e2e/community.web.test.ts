// The community home in a real browser: server-rendered content and a live feed without reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './browser.ts';
import { query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('community home in Chromium', () => {
  it('renders the Spanish community with its questions and top experts', async () => {
    const page = await browser.newPage({ locale: 'es-ES' });
    const response = await page.goto(`${webUrl()}/telco-sol`);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toContain('Telco Sol');
    await page.getByText('No me funciona el roaming en Francia').first().waitFor();
    await screenshot(page, 'telco-sol-home');
    await page.close();
  });

  it('shows a question asked elsewhere without a reload', async () => {
    const page = await browser.newPage({ locale: 'es-ES' });
    await page.goto(`${webUrl()}/telco-sol`);
    await page.getByText('En vivo').first().waitFor({ timeout: 10_000 });
    // The socket is up; give the gateway a moment to open the upstream subscription (graphql-ws has no
    // per-subscription acknowledgement) so the question below is published after it is listening.
    await page.waitForTimeout(1500);
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
    const token = await signIn('customer3@telco-sol.test');
    const title = `¿Cómo configuro el APN en Android? ${uniqueWord()}`;
    const asked = await query(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { brandId: brand.data!.brand.id, title, body: 'No sé qué APN poner en mi Android para navegar con Telco Sol.', category: 'movil', language: 'es' } },
      token,
    );
    expect(asked.errors).toBeUndefined();
    // The new question is a link in the feed (and is also announced in the aria-live region).
    await page.getByRole('link', { name: title }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'telco-sol-live-question');
    await page.close();
  });
});
