// "My data" in Chromium: a new person downloads everything the platform holds about them as JSON, then deletes the
// account (a wrong password is refused; the confirmation is required) and is signed out for good.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { hydrated, launchBrowser, pathIs, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('my data', () => {
  it('exports my data as JSON and deletes my account after confirmation', async () => {
    const handle = `leaving${uniqueWord()}`;
    const email = `${handle}@example.test`;
    const password = 'a-long-enough-password';
    const signedUp = await query('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email, password, handle },
    });
    expect(signedUp.errors).toBeUndefined();

    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl(), email, password, '/');
    // The header links the person to their data.
    await Promise.all([page.waitForURL(pathIs('/account')), page.getByRole('link', { name: /Signed in as/ }).click()]);
    await hydrated(page);
    await page.getByRole('heading', { name: 'My data', level: 1 }).waitFor();
    await expect(page.getByText(email).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'account-my-data');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^peerdesk-my-data-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { generatedAt: string; data: { user: { email: string; handle: string } } };
    expect(exported.data.user).toMatchObject({ email, handle });

    // Deleting asks for the password and an explicit confirmation.
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Your password, to confirm').fill('not-my-password-at-all');
    await page.getByLabel('I understand that my account is deleted for good.').check();
    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.getByRole('alert').filter({ hasText: 'That password is not right' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'account-delete-wrong-password');

    await page.getByLabel('Your password, to confirm').fill(password);
    await Promise.all([page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('deleted')), page.getByRole('button', { name: 'Delete my account for good' }).click()]);
    await page.getByText('Your account was deleted and you are signed out.').waitFor();
    await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'account-deleted');

    // The account is gone: its password no longer signs in.
    const again = await query('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password } });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });
});
