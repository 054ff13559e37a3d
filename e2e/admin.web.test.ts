// The admin journey in Chromium: the forbidden state for non-admins; the analytics dashboard's charts moving after a
// question is asked, answered, rated and a deflection recorded; the theme preview; the agent cost on the dashboard;
// an API key created (secret shown once, working at the gateway) and revoked (refused afterwards). Spanish and English.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { graphql } from '@peerdesk/runtime/testing/client';
import { launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { gatewayUrl, query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function pageAs(email: string, locale: string, path: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInThroughUi(page, webUrl(), email, DEMO_PASSWORD, path);
  return page;
}

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
}

const figure = async (page: Page, name: string) => Number((await page.locator(`[data-figure="${name}"]`).textContent())?.replace(/\D/g, ''));

/** A telco-sol question asked, answered by an expert and accepted with 5 stars, and one deflection, through the gateway. */
async function activity(): Promise<void> {
  const brandId = (await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }')).data!.brand.id;
  const customer = await signIn('customer2@telco-sol.test');
  const asked = await query<{ askQuestion: { id: string } }>(
    'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
    { input: { brandId, title: `Factura duplicada ${uniqueWord()}`, body: 'Me han cobrado dos veces la factura de este mes.', category: 'facturacion', language: 'es' } },
    customer,
  );
  expect(asked.errors).toBeUndefined();
  const questionId = asked.data!.askQuestion.id;
  const expert = await signIn('expert2@telco-sol.test');
  const claimed = await query('mutation ($input: ClaimQuestionInput!) { claimQuestion(input: $input) { id } }', { input: { questionId } }, expert);
  expect(claimed.errors).toBeUndefined();
  const answered = await query<{ postAnswer: { id: string } }>(
    'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
    { input: { questionId, body: 'Pide la devolución desde Mi cuenta > Facturas; llega en 48 horas.' } },
    expert,
  );
  expect(answered.errors).toBeUndefined();
  const accepted = await query('mutation ($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { id } }', {
    input: { answerId: answered.data!.postAnswer.id, rating: 5 },
  }, customer);
  expect(accepted.errors).toBeUndefined();
  const resolved = await query<{ questions: { edges: { node: { id: string } }[] } }>(
    'query ($brandId: ID!) { questions(brandId: $brandId, first: 1, status: RESOLVED) { edges { node { id } } } }',
    { brandId },
  );
  const deflected = await query('mutation ($input: MarkDeflectedInput!) { markDeflected(input: $input) { id } }', {
    input: { brandId, questionId: resolved.data!.questions.edges[0]!.node.id, text: 'roaming francia' },
  });
  expect(deflected.errors).toBeUndefined();
}

describe.skipIf(!inject('webUrl'))('admin pages in Chromium', () => {
  it('shows the forbidden state to people who are not admins of the brand', async () => {
    const page = await pageAs('agent@telco-sol.test', 'es-ES', '/telco-sol');
    const response = await page.goto(`${webUrl()}/telco-sol/admin`);
    expect(response?.status()).toBe(403);
    await expect(page.getByText('Esta página es para el equipo de la comunidad').isVisible()).resolves.toBe(true);
    await screenshot(page, 'admin-forbidden-es');
    const otherAdmin = await pageAs('admin@nimbus-games.test', 'en-US', '/nimbus-games');
    expect((await otherAdmin.goto(`${webUrl()}/telco-sol/admin/keys`))?.status()).toBe(403);
    await page.context().close();
    await otherAdmin.context().close();
  });

  it('draws the dashboard charts in Spanish and moves them when questions are asked, resolved and deflected', async () => {
    const page = await pageAs('admin@telco-sol.test', 'es-ES', '/telco-sol/admin');
    await page.getByRole('heading', { name: 'Analítica' }).waitFor();
    await page.waitForLoadState('networkidle');
    const before = { asked: await figure(page, 'asked'), deflected: await figure(page, 'deflected'), resolved: await figure(page, 'resolved') };
    await activity();
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await figure(page, 'asked')).toBe(before.asked + 1);
    expect(await figure(page, 'deflected')).toBe(before.deflected + 1);
    expect(await figure(page, 'resolved')).toBe(before.resolved + 1);
    for (const chart of ['chart-days', 'chart-rates', 'chart-ttfa', 'chart-csat', 'chart-categories']) {
      await expect(page.locator(`svg[aria-labelledby^="${chart}-title"]`).count(), chart).resolves.toBe(1);
    }
    // One column per day of the default 30-day range.
    expect(await page.locator('#chart-days-title ~ rect.asked').count()).toBe(30);
    await expect(page.locator('#chart-categories-desc').textContent()).resolves.toContain('Facturas y pagos');
    await expectAccessible(page);
    await screenshot(page, 'admin-dashboard-es');

    // A custom range: one day long, chosen through the form.
    await page.locator('#from').fill('2026-01-01');
    await page.locator('#to').fill('2026-01-01');
    await Promise.all([page.waitForURL(/from=2026-01-01&to=2026-01-01/), page.getByRole('button', { name: 'Mostrar' }).click()]);
    expect(await page.locator('#chart-days-title ~ rect.asked').count()).toBe(1);
    await expect(page.locator('[data-state="empty"]').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'admin-dashboard-empty-es');
    await page.context().close();
  });

  it('previews the theme live, and compares expert with agent cost once the admin enters it (English)', async () => {
    const page = await pageAs('admin@nimbus-games.test', 'en-US', '/nimbus-games/admin/settings');
    await page.getByRole('heading', { name: 'Brand settings' }).waitFor();
    await page.waitForLoadState('networkidle');
    const bar = page.locator('[data-testid="theme-preview"] .preview-bar');
    await page.locator('#primaryColor').fill('#0f766e');
    await expect(bar.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(15, 118, 110)');
    await expectAccessible(page);
    await screenshot(page, 'admin-settings-en');

    // Routing settings round-trip: saved through the form, shown after a reload, and what identity announces.
    await page.locator('#primaryColor').fill('#4338ca');
    await page.locator('#maxClaimsPerExpert').fill('4');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await page.reload();
    await expect(page.locator('#maxClaimsPerExpert').inputValue()).resolves.toBe('4');
    await expect(page.locator('#openAnswering').isChecked()).resolves.toBe(true);
    const saved = await query<{ brand: { maxClaimsPerExpert: number; openAnswering: boolean } }>(
      '{ brand(slug: "nimbus-games") { maxClaimsPerExpert openAnswering } }',
    );
    expect(saved.data!.brand).toEqual({ maxClaimsPerExpert: 4, openAnswering: true });

    await page.goto(`${webUrl()}/nimbus-games/admin/rewards`);
    await page.waitForLoadState('networkidle');
    await page.locator('#agent-amount').fill('6.50');
    await page.locator('#agent-currency').fill('USD');
    await page.locator('form[action="?/agentCost"] button[type=submit]').click();
    await page.locator('form[action="?/agentCost"] .message', { hasText: 'Saved.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-rewards-en');

    await page.goto(`${webUrl()}/nimbus-games/admin?from=2020-01-01&to=2020-12-31`);
    await expect(page.locator('#chart-cost-desc').textContent()).resolves.toContain('Agents (your cost): $6.50');
    await page.goto(`${webUrl()}/nimbus-games/admin/members`);
    await expect(page.getByText('expert1@nimbus-games.test').isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'admin-members-en');
    await page.context().close();
  });

  it('creates an API key whose secret is shown once and works, then revokes it', async () => {
    const page = await pageAs('admin@telco-sol.test', 'es-ES', '/telco-sol/admin/keys');
    await page.waitForLoadState('networkidle');
    const name = `Panel ${uniqueWord()}`;
    await page.locator('#key-name').fill(name);
    await page.getByLabel('Leer la analítica').check();
    await page.getByRole('button', { name: 'Crear clave' }).click();
    const secretInput = page.locator('#secret');
    await secretInput.waitFor();
    const secret = await secretInput.inputValue();
    expect(secret).toMatch(/^pk_/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copiar' }).click();
    await page.getByText('Copiado al portapapeles.').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-key-created-es');

    const brandId = (await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }')).data!.brand.id;
    const asPartner = () =>
      graphql<{ questionAnalytics: { asked: number } }>(
        gatewayUrl(),
        'query ($brandId: ID!) { questionAnalytics(brandId: $brandId, from: "2026-01-01", to: "2026-01-31") { asked } }',
        { brandId },
        { 'x-api-key': secret },
      );
    const allowed = await asPartner();
    expect(allowed.errors).toBeUndefined();

    // Reloading never shows the secret again.
    await page.reload();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#secret').count()).resolves.toBe(0);
    await page.getByRole('button', { name: `Revocar la clave ${name}` }).click();
    await page.getByText(`La clave ${name} está revocada.`).waitFor();
    await expect(page.locator(`li[data-key="${name}"] .tag.revoked`).isVisible()).resolves.toBe(true);
    await screenshot(page, 'admin-key-revoked-es');
    const deadline = Date.now() + 20_000;
    let refused = await asPartner();
    while (!refused.errors && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      refused = await asPartner();
    }
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await page.context().close();
  });
});
