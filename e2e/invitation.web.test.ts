// Invitations in Chromium: an admin invites an email as an expert from the members page and gets a link; the link
// asks a signed-out person to sign in or up, refuses another account, and makes the invited person an expert, who
// lands on the expert area with a session that already carries the role. Spent and broken links say so.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { hydrated, launchBrowser, open, pathIs, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(locale = 'es-ES'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

const problem = (page: Page) => page.locator('[role="alert"][data-problem]');

describe.skipIf(!inject('webUrl'))('accepting an invitation', () => {
  it('takes an invited person from the admin’s link to the expert area, and refuses anyone else', async () => {
    const admin = await newPage();
    await signInThroughUi(admin, webUrl(), 'admin@telco-sol.test', DEMO_PASSWORD, '/telco-sol/admin/members');
    const email = `helper${uniqueWord()}@example.test`;
    await admin.locator('#invite-email').fill(email);
    await admin.locator('#invite-role').selectOption('EXPERT');
    await admin.getByRole('button', { name: 'Enviar invitación' }).click();
    const linkField = admin.locator('#invite-link');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${webUrl()}/telco-sol/invitation/[^/]+$`));
    await expect(admin.getByText(email).count()).resolves.toBeGreaterThan(0);
    await screenshot(admin, 'invitation-admin-link-es');
    const path = new URL(link).pathname;

    // Someone else, signed in: the invitation is not theirs.
    const other = await newPage();
    await signInThroughUi(other, webUrl(), 'customer1@telco-sol.test', DEMO_PASSWORD, path);
    await other.getByRole('button', { name: 'Aceptar la invitación' }).click();
    await other.getByText('Esta invitación se envió a otro correo').waitFor();
    await expect(problem(other).getAttribute('data-problem')).resolves.toBe('forbidden');
    await expect(other.getByRole('button', { name: 'Entrar con otra cuenta' }).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(other)).toEqual([]);
    await screenshot(other, 'invitation-other-account-es');

    // The invited person, signed out: sign in or create the account, then back to the invitation.
    const invitee = await newPage();
    await open(invitee, link);
    await invitee.getByRole('heading', { name: 'Invitación a Telco Sol' }).waitFor();
    expect(await seriousAxeViolations(invitee)).toEqual([]);
    await screenshot(invitee, 'invitation-signed-out-es');
    await Promise.all([
      invitee.waitForURL(/\/signup\?redirectTo=/),
      invitee.getByRole('link', { name: 'Crear una cuenta' }).click(),
    ]);
    await hydrated(invitee);
    await invitee.locator('#email').fill(email);
    await invitee.locator('#password').fill('a-long-enough-password');
    await Promise.all([invitee.waitForURL(pathIs(path)), invitee.locator('main form button[type=submit]').click()]);
    await hydrated(invitee);
    await Promise.all([
      invitee.waitForURL(pathIs('/telco-sol/expert')),
      invitee.getByRole('button', { name: 'Aceptar la invitación' }).click(),
    ]);
    await hydrated(invitee);
    await screenshot(invitee, 'invitation-accepted-expert-es');

    // Identity agrees: the new account is an expert of telco-sol.
    const token = await signIn(email, 'a-long-enough-password');
    const me = await query<{ me: { memberships: { brand: { slug: string }; roles: string[] }[] } }>(
      '{ me { memberships { brand { slug } roles } } }',
      {},
      token,
    );
    expect(me.data!.me.memberships.find((m) => m.brand.slug === 'telco-sol')?.roles).toContain('EXPERT');

    // The link is spent; a made-up one was never valid.
    await open(invitee, link);
    await invitee.getByRole('button', { name: 'Aceptar la invitación' }).click();
    await invitee.getByText('Esta invitación ya se aceptó.').waitFor();
    await open(invitee, `${webUrl()}/telco-sol/invitation/not-a-real-token`);
    await invitee.getByRole('button', { name: 'Aceptar la invitación' }).click();
    await invitee.getByText('Este enlace de invitación no es válido').waitFor();
    await screenshot(invitee, 'invitation-invalid-es');
    for (const page of [admin, other, invitee]) await page.context().close();
  });
});
