// Journey 1 in Chromium: sign up (problems shown per field), then join a brand community and get to asking.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hydrated, launchBrowser, pathIs, screenshot, seriousAxeViolations } from './browser.ts';
import { uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('signing up and joining a community', () => {
  it('shows field problems, creates the account, joins telco-sol and reaches the ask form', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${webUrl()}/signup?redirectTo=/telco-sol`);

    // What the API rejects is shown next to each field.
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Enter a valid email address.').waitFor();
    await expect(page.getByText('Use 12 to 200 characters.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'signup-field-errors-mobile');

    const stamp = uniqueWord();
    const email = `newcomer${stamp}@example.test`;
    const password = 'a-long-enough-password';
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByLabel(/Public name/).fill(`newcomer${stamp}`);
    await Promise.all([page.waitForURL(pathIs('/telco-sol')), page.getByRole('button', { name: 'Create account' }).click()]);
    await hydrated(page);

    // The community speaks Spanish first.
    const join = page.getByRole('button', { name: 'Unirme a esta comunidad' });
    await join.waitFor();
    await screenshot(page, 'signup-join-offer-mobile');
    await join.click();
    // With refreshSession in the supergraph the session is renewed at once; without it, the person signs in again.
    const again = page.getByRole('button', { name: 'Iniciar sesión de nuevo' });
    await Promise.race([again.waitFor({ timeout: 10_000 }), page.waitForURL(pathIs('/telco-sol/ask'), { timeout: 10_000 })]);
    if (await again.isVisible()) {
      await screenshot(page, 'signup-joined-sign-in-again-mobile');
      await again.click();
      await page.waitForURL(/\/signin\?redirectTo=/);
      await page.locator('#email').fill(email);
      await page.locator('#password').fill(password);
      await Promise.all([page.waitForURL(pathIs('/telco-sol/ask')), page.locator('main form button[type=submit]').click()]);
      await hydrated(page);
    }
    await page.getByLabel('Tu pregunta').waitFor();
    await expect(page.getByRole('button', { name: 'Unirme a esta comunidad' }).count()).resolves.toBe(0);
    await screenshot(page, 'signup-member-ask-mobile');
    await context.close();
  });
});
