// Journey 3 and 4 live, in three browser contexts side by side: the asker follows the question, an expert answers
// from the composer (with a suggested answer), the asker sees it without reloading and accepts it with 5 stars, and
// everyone — including a third person on the leaderboard — sees the result live.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function live(page: Page) {
  await page.getByText('En vivo').first().waitFor({ timeout: 10_000 });
  // graphql-ws has no per-subscription acknowledgement: give the gateway a moment to open the upstream subscription.
  await page.waitForTimeout(1500);
}

async function pointsOf(page: Page, handle: string): Promise<string> {
  return (await page.locator(`li[data-handle="${handle}"] .points`).textContent()) ?? '';
}

describe.skipIf(!inject('webUrl'))('a question answered and accepted live', () => {
  it('shows the expert answer to the asker without reload, resolves in both, moves the leaderboard', async () => {
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
    const asked = await query<{ askQuestion: { id: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        input: {
          brandId: brand.data!.brand.id,
          title: `El roaming en Francia no me funciona ${uniqueWord()}`,
          body: 'Estoy en París y el móvil no tiene datos desde que llegué. ¿Qué tengo que activar?',
          category: 'roaming',
          language: 'es',
        },
      },
      await signIn('customer1@telco-sol.test'),
    );
    expect(asked.errors).toBeUndefined();
    const questionUrl = `${webUrl()}/telco-sol/q/${asked.data!.askQuestion.id}`;

    const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } })));
    const [askerPage, expertPage, boardPage] = await Promise.all(contexts.map((c) => c.newPage()));

    await signInThroughUi(askerPage, webUrl(), 'customer1@telco-sol.test', DEMO_PASSWORD, new URL(questionUrl).pathname);
    await signInThroughUi(expertPage, webUrl(), 'expert1@telco-sol.test', DEMO_PASSWORD, new URL(questionUrl).pathname);
    await boardPage.goto(`${webUrl()}/telco-sol/leaderboard?period=WEEK`);
    await Promise.all([live(askerPage), live(boardPage)]);
    const pointsBefore = await pointsOf(boardPage, 'expert1_telco');

    // The expert: composer with suggested answers from similar resolved questions; "Insert" credits the author.
    const composer = expertPage.getByLabel('Respuesta', { exact: true });
    await composer.waitFor();
    const insert = expertPage.getByRole('button', { name: /^Insertar la respuesta de @/ }).first();
    await insert.waitFor();
    await insert.click();
    await expect(composer.inputValue()).resolves.toMatch(/_Basado en \[una respuesta de @\w+\]\(\/telco-sol\/q\/[0-9a-f-]+#answer-[0-9a-f-]+\)_/);
    await composer.fill(`En Francia activa «Itinerancia de datos» en Ajustes > Red móvil y reinicia el móvil.\n\n${await composer.inputValue()}`);
    expect(await seriousAxeViolations(expertPage)).toEqual([]);
    await screenshot(expertPage, 'question-expert-composer');

    const posted = Date.now();
    await expertPage.getByRole('button', { name: 'Publicar respuesta' }).click();
    // The asker sees it without reloading, within a few seconds, and it is announced.
    const answer = askerPage.getByRole('article', { name: 'Respuesta de @expert1_telco' });
    await answer.waitFor({ timeout: 5000 });
    console.log(`answer visible in the asker's browser ${Date.now() - posted} ms after clicking "Publicar respuesta"`);
    await askerPage.locator('[aria-live="polite"]').filter({ hasText: 'Nueva respuesta de @expert1_telco' }).waitFor({ state: 'attached' });
    await screenshot(askerPage, 'question-asker-live-answer');

    // The asker accepts with 5 stars: a radio group, operated with the keyboard.
    await answer.getByText('Aceptar esta respuesta').click();
    await answer.getByLabel('1 de 5 estrellas').focus();
    for (let i = 0; i < 4; i++) await askerPage.keyboard.press('ArrowRight');
    await expect(answer.getByLabel('5 de 5 estrellas').isChecked()).resolves.toBe(true);
    await answer.getByLabel('Comentario').fill('¡Funcionó al momento, gracias!');
    expect(await seriousAxeViolations(askerPage)).toEqual([]);
    await screenshot(askerPage, 'question-asker-accepting');
    await answer.getByRole('button', { name: 'Aceptar respuesta' }).click();

    for (const page of [askerPage, expertPage]) {
      await page.locator('article.question .badge[data-status="RESOLVED"]', { hasText: 'Resuelta' }).waitFor({ timeout: 10_000 });
    }
    await expertPage.getByText('Respuesta aceptada', { exact: true }).waitFor();
    await expect(expertPage.getByLabel('Respuesta', { exact: true }).count()).resolves.toBe(0);
    await screenshot(askerPage, 'question-asker-resolved');
    await screenshot(expertPage, 'question-expert-resolved');

    // The third person sees the leaderboard move without reloading.
    await boardPage.waitForFunction(
      ([handle, before]) => document.querySelector(`li[data-handle="${handle}"] .points`)?.textContent !== before,
      ['expert1_telco', pointsBefore] as const,
      { timeout: 15_000 },
    );
    expect(await pointsOf(boardPage, 'expert1_telco')).not.toBe(pointsBefore);
    await boardPage.locator('[aria-live="polite"]').filter({ hasText: 'Clasificación actualizada' }).waitFor({ state: 'attached' });
    await screenshot(boardPage, 'leaderboard-live-update');
    await boardPage.setViewportSize({ width: 390, height: 844 });
    await screenshot(boardPage, 'leaderboard-live-update-mobile');

    await Promise.all(contexts.map((c) => c.close()));
  });
});
