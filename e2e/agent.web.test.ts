// The agent journey in Chromium: the queue shows escalations with the customer's personal data, a new escalation
// arrives live without reload, the agent takes it, replies privately and closes it; experts get the forbidden state.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('agent queue in Chromium', () => {
  it('receives a new escalation live, with the customer’s email, and takes, answers and closes it (Spanish)', async () => {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl(), 'agent@telco-sol.test', DEMO_PASSWORD, '/telco-sol/agent');
    await page.getByRole('heading', { name: 'Escalados' }).waitFor();
    await page.getByText('En vivo').first().waitFor({ timeout: 10_000 });
    // graphql-ws has no per-subscription acknowledgement: give the gateway a moment to open the upstream subscription.
    await page.waitForTimeout(1500);

    const brandId = (await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }')).data!.brand.id;
    const customer = await signIn('customer3@telco-sol.test');
    const title = `Quiero cambiar el titular ${uniqueWord()}`;
    const asked = await query<{ askQuestion: { id: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      { input: { brandId, title, body: 'Necesito pasar la línea a nombre de mi pareja, ¿qué papeles hacen falta?', category: 'movil', language: 'es' } },
      customer,
    );
    const questionId = asked.data!.askQuestion.id;
    const escalated = await query('mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id } }', {
      input: { questionId, reason: 'Llamadme al 612 345 678 por la tarde.' },
    }, customer);
    expect(escalated.errors).toBeUndefined();

    const card = page.locator(`li[data-question="${questionId}"]`);
    await card.waitFor({ timeout: 5000 });
    await expect(card.getByText('customer3@telco-sol.test').isVisible()).resolves.toBe(true);
    await expect(card.getByText('612 345 678').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Ha llegado un nuevo escalado.').count()).resolves.toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'agent-queue-es');

    await card.getByRole('button', { name: 'Encargarme' }).click();
    await card.getByText('Te has encargado de este escalado.').waitFor();
    await card.getByLabel('Respuesta privada al cliente').fill('Hola, te llamamos esta tarde para el cambio de titular.');
    await card.getByRole('button', { name: 'Enviar respuesta' }).click();
    await card.getByText('Respuesta enviada.').waitFor();
    // The queue reloads after the action: wait for the reply to be listed, then check it is listed once.
    await card.locator('.replies li.private').first().waitFor({ timeout: 5000 });
    await expect(card.locator('.replies li.private').count()).resolves.toBe(1);
    await screenshot(page, 'agent-replied-es');
    const seen = await query<{ question: { answers: { body: string; private: boolean }[] } }>(
      'query ($id: ID!) { question(id: $id) { answers { body private } } }',
      { id: questionId },
      customer,
    );
    expect(seen.data!.question.answers).toEqual([{ body: 'Hola, te llamamos esta tarde para el cambio de titular.', private: true }]);

    await card.getByLabel('Nota de cierre (opcional)').fill('Gestionado por teléfono');
    await card.getByRole('button', { name: 'Cerrar' }).click();
    await card.waitFor({ state: 'detached', timeout: 5000 });
    const closed = await query<{ question: { status: string } }>('query ($id: ID!) { question(id: $id) { status } }', { id: questionId });
    expect(closed.data!.question.status).toBe('CLOSED');
    await context.close();
  });

  it('shows the queue in English and refuses experts', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl(), 'agent@nimbus-games.test', DEMO_PASSWORD, '/nimbus-games/agent');
    await page.getByRole('heading', { name: 'Escalations' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'agent-queue-en-mobile');
    await context.close();

    const expertContext = await browser.newContext({ locale: 'en-US' });
    const expert = await expertContext.newPage();
    await signInThroughUi(expert, webUrl(), 'expert1@nimbus-games.test', DEMO_PASSWORD, '/nimbus-games');
    expect((await expert.goto(`${webUrl()}/nimbus-games/agent`))?.status()).toBe(403);
    await expect(expert.getByText('This page is for the community’s staff').isVisible()).resolves.toBe(true);
    await expertContext.close();
  });
});
