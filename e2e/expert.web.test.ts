// The expert console in Chromium, two contexts side by side: an expert claims an offered question from the console
// (the lock's time left shown) and answers with a suggested answer; the asker sees it live and accepts with 5 stars.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { hydrated, launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('the expert console', () => {
  it('is forbidden to customers', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl(), 'customer2@telco-sol.test', DEMO_PASSWORD, '/telco-sol/expert');
    // The error page is outside the community's layout: it speaks the browser's language.
    await page.getByText(/This console is for the community.s experts/).waitFor();
    await expect(page.getByRole('link', { name: 'Try again' }).count()).resolves.toBe(0);
    await screenshot(page, 'expert-console-forbidden');
    await context.close();
  });

  it('claims from the inbox, answers, and the asker accepts live', async () => {
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
    const asked = await query<{ askQuestion: { id: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        input: {
          brandId: brand.data!.brand.id,
          title: `Sin datos en roaming en Italia ${uniqueWord()}`,
          body: 'Estoy en Roma y el móvil no navega aunque tengo cobertura. ¿Qué tengo que activar?',
          category: 'roaming',
          language: 'es',
        },
      },
      await signIn('customer1@telco-sol.test'),
    );
    expect(asked.errors).toBeUndefined();
    const questionId = asked.data!.askQuestion.id;
    const contexts = await Promise.all([0, 1].map(() => browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } })));
    const [expertPage, askerPage] = await Promise.all(contexts.map((c) => c.newPage()));
    await signInThroughUi(askerPage, webUrl(), 'customer1@telco-sol.test', DEMO_PASSWORD, `/telco-sol/q/${questionId}`);
    await signInThroughUi(expertPage, webUrl(), 'expert1@telco-sol.test', DEMO_PASSWORD, '/telco-sol/expert');
    await hydrated(expertPage);
    await askerPage.getByText('En vivo').first().waitFor({ timeout: 10_000 });

    // The offer is in the inbox (on load, or live when routing is slower than the page), with its countdown.
    const offer = expertPage.locator(`li[data-offer="${questionId}"]`);
    await offer.waitFor({ timeout: 15_000 });
    await expect(offer.textContent()).resolves.toMatch(/la oferta termina en \d+:\d\d/);
    await screenshot(expertPage, 'expert-console-inbox');
    expect(await seriousAxeViolations(expertPage)).toEqual([]);

    await offer.getByRole('button', { name: 'Reclamar' }).click();
    const claim = expertPage.locator(`li[data-claim="${questionId}"]`);
    await claim.waitFor({ timeout: 10_000 });
    const lock = claim.locator('.lock');
    const first = await lock.textContent();
    expect(first).toMatch(/tu bloqueo termina en \d+:\d\d/);
    await expertPage.waitForTimeout(1500);
    expect(await lock.textContent()).not.toBe(first); // the countdown runs
    await screenshot(expertPage, 'expert-console-claimed');
    expect(await seriousAxeViolations(expertPage)).toEqual([]);

    // Answering with the composer and a suggested past answer.
    await Promise.all([expertPage.waitForURL(`**/telco-sol/q/${questionId}*`), claim.getByRole('link', { name: 'Escribir la respuesta' }).click()]);
    await hydrated(expertPage);
    const composer = expertPage.getByLabel('Respuesta', { exact: true });
    const insert = expertPage.getByRole('button', { name: /^Insertar la respuesta de @/ }).first();
    await insert.waitFor();
    await insert.click();
    await composer.fill(`Activa «Itinerancia de datos» en Ajustes > Red móvil.\n\n${await composer.inputValue()}`);
    await expertPage.getByRole('button', { name: 'Publicar respuesta' }).click();

    const answer = askerPage.getByRole('article', { name: 'Respuesta de @expert1_telco' });
    await answer.waitFor({ timeout: 5000 });
    await screenshot(askerPage, 'expert-console-asker-live-answer');
    await answer.getByText('Aceptar esta respuesta').click();
    await answer.getByLabel('5 de 5 estrellas').check();
    await answer.getByRole('button', { name: 'Aceptar respuesta' }).click();
    await askerPage.locator('article.question .badge[data-status="RESOLVED"]').waitFor({ timeout: 10_000 });
    await expertPage.getByRole('article', { name: 'Respuesta de @expert1_telco' }).getByText('Respuesta aceptada').waitFor({ timeout: 10_000 });

    // Back in the console: the claim is gone and the earning arrives (live, or on this load).
    await expertPage.goto(`${webUrl()}/telco-sol/expert`);
    await expertPage.locator('#earnings-heading').waitFor();
    await expect(expertPage.locator(`li[data-claim="${questionId}"]`).count()).resolves.toBe(0);
    await screenshot(expertPage, 'expert-console-after');
    await Promise.all(contexts.map((c) => c.close()));
  });
});
