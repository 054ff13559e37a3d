// Journey 2 in Chromium: a signed-out customer is sent to sign in and back, sees similar resolved questions while
// typing, and either stops there ("this solved it" records a deflection, no question) or posts the question.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { hydrated, launchBrowser, pathIs, screenshot, seriousAxeViolations } from './browser.ts';
import { query, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;
let brandId: string;

async function newestQuestionId(): Promise<string | undefined> {
  const result = await query<{ questions: { edges: { node: { id: string } }[] } }>(
    'query ($brandId: ID!) { questions(brandId: $brandId, first: 1) { edges { node { id } } } }',
    { brandId },
  );
  return result.data?.questions.edges[0]?.node.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
  brandId = brand.data!.brand.id;
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('asking in Chromium', () => {
  it('shows similar questions while typing and records "this solved it" without creating a question', async () => {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Signed out: the ask page sends the customer to sign in, and back.
    await page.goto(`${webUrl()}/telco-sol/ask`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.locator('#email').fill('customer1@telco-sol.test');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(pathIs('/telco-sol/ask')), page.getByRole('button', { name: 'Iniciar sesión' }).click()]);
    await hydrated(page);

    const before = await newestQuestionId();
    await page.getByLabel('Tu pregunta').pressSequentially('no me funciona el roaming en Francia', { delay: 20 });
    const hit = page.locator('.hit').first();
    await hit.waitFor({ timeout: 10_000 });
    // Highlighted terms, and an excerpt of the accepted answer.
    await expect(hit.locator('mark').first().textContent()).resolves.toMatch(/roaming|Francia|funciona/i);
    await expect(hit.getByText('Respuesta aceptada:').isVisible()).resolves.toBe(true);
    await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Preguntas resueltas parecidas encontradas' }).count()).resolves.toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'ask-similar-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'ask-similar-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });

    await hit.getByRole('button', { name: 'Esto lo resolvió' }).click();
    await page.getByRole('heading', { name: '¡Qué bien que se resolvió!' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'ask-deflected');
    // A deflection, not a question.
    expect(await newestQuestionId()).toBe(before);
    await context.close();
  });

  it('posts a question, showing what to fix per field first', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${webUrl()}/signin?redirectTo=/telco-sol/ask`);
    await page.locator('#email').fill('customer2@telco-sol.test');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await Promise.all([page.waitForURL(pathIs('/telco-sol/ask')), page.locator('main form button[type=submit]').click()]);
    await hydrated(page);
    // The community speaks Spanish first; this person reads it in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Your question').waitFor();

    const title = `My fibre router blinks red ${uniqueWord()}`;
    await page.getByLabel('Your question').fill(title);
    await page.getByLabel('Details').fill('short');
    await page.getByRole('button', { name: 'Post question' }).click();
    await page.getByText('Add at least 10 characters of detail.').waitFor();
    await expect(page.getByLabel('Details').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText('Choose a category.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'ask-field-errors-mobile');

    await page.getByLabel('Details').fill('Since this morning the router light blinks red and there is no internet at home.');
    await page.getByLabel('Category').selectOption('fibra');
    await Promise.all([page.waitForURL(/\/telco-sol\/q\/[0-9a-f-]{36}$/), page.getByRole('button', { name: 'Post question' }).click()]);
    await page.getByRole('heading', { name: title }).waitFor();
    await screenshot(page, 'ask-posted-mobile');
    await context.close();
  });
});
