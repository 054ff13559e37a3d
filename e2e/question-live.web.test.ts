// The "done when" path, in Spanish, for telco-sol, in three browser contexts side by side: a customer types
// "no me funciona el roaming en Francia", sees similar resolved questions (one flagged as a likely duplicate) and asks
// anyway; an expert sees the offer arrive live in the console, claims it (the lock's time shows), answers with a
// suggested answer; the customer sees the answer without reloading and accepts it with 5 stars; the expert's earnings
// and a third person's leaderboard move live.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@peerdesk/runtime/demo/community';
import { hydrated, launchBrowser, live, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function pointsOf(page: Page, handle: string): Promise<string> {
  return (await page.locator(`li[data-handle="${handle}"] .points`).textContent()) ?? '';
}

describe.skipIf(!inject('webUrl'))('the Spanish journey: ask, answer from the console, accept, leaderboard', () => {
  it('goes from a typed question to a resolved one with everyone seeing it live', async () => {
    const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 } })));
    const [askerPage, expertPage, boardPage] = await Promise.all(contexts.map((c) => c.newPage()));

    await signInThroughUi(askerPage, webUrl(), 'customer1@telco-sol.test', DEMO_PASSWORD, '/telco-sol/ask');
    await signInThroughUi(expertPage, webUrl(), 'expert1@telco-sol.test', DEMO_PASSWORD, '/telco-sol/expert');
    await boardPage.goto(`${webUrl()}/telco-sol/leaderboard?period=WEEK`);
    await hydrated(boardPage);
    await Promise.all([live(expertPage), live(boardPage)]);
    const pointsBefore = await pointsOf(boardPage, 'expert1_telco');
    expect(await seriousAxeViolations(expertPage)).toEqual([]);
    await screenshot(expertPage, 'journey-es-expert-console-before');

    // The customer types; similar resolved questions appear, the same one flagged by the platform.
    await askerPage.getByLabel('Tu pregunta').pressSequentially('no me funciona el roaming en Francia', { delay: 15 });
    const flagged = askerPage.locator('.hit.duplicate').first();
    await flagged.waitFor({ timeout: 10_000 });
    await expect(flagged.getByText('Probablemente la misma pregunta').isVisible()).resolves.toBe(true);
    await screenshot(askerPage, 'journey-es-ask-similar');

    // Not quite the same problem: the customer asks anyway.
    const title = `No me funciona el roaming en Francia con mi tarifa ${uniqueWord()}`;
    await askerPage.getByLabel('Tu pregunta').fill(title);
    await askerPage.getByLabel('Detalles').fill('Estoy en París desde ayer y el móvil no tiene datos. ¿Qué tengo que activar?');
    await askerPage.getByLabel('Categoría').selectOption('roaming');
    await Promise.all([
      askerPage.waitForURL(/\/telco-sol\/q\/[0-9a-f-]{36}$/),
      askerPage.getByRole('button', { name: 'Publicar pregunta' }).click(),
    ]);
    await hydrated(askerPage);
    await askerPage.getByRole('heading', { name: title }).waitFor();
    // The platform points at the resolved question that looks the same.
    await askerPage.getByRole('heading', { name: '¿Ya tiene respuesta?' }).waitFor();
    const questionId = new URL(askerPage.url()).pathname.split('/').pop()!;
    await live(askerPage);
    await screenshot(askerPage, 'journey-es-asker-question');

    // The offer arrives in the expert's console without reload, with the time left to take it.
    const offer = expertPage.locator(`li.offer[data-question="${questionId}"]`);
    await offer.waitFor({ timeout: 10_000 });
    await expect(offer.getByText('La oferta termina en').isVisible()).resolves.toBe(true);
    await expect(offer.locator('time strong').textContent()).resolves.toMatch(/^\d+:\d\d(:\d\d)?$/);
    await screenshot(expertPage, 'journey-es-expert-offer-live');

    // A second tab on the console keeps the earnings ledger in view.
    const ledgerPage = await contexts[1]!.newPage();
    await ledgerPage.goto(`${webUrl()}/telco-sol/expert`);
    await hydrated(ledgerPage);
    const rowsBefore = await ledgerPage.locator('section[aria-labelledby="earnings-heading"] tbody tr').count();

    // Claim: the question opens with the lock's remaining time, and the composer.
    await Promise.all([expertPage.waitForURL(`**/telco-sol/q/${questionId}`), offer.getByRole('button', { name: 'Reservar y responder' }).click()]);
    await hydrated(expertPage);
    await expertPage.getByText('Tienes esta pregunta reservada').waitFor();
    await expect(expertPage.locator('.claim time strong').textContent()).resolves.toMatch(/^\d+:\d\d(:\d\d)?$/);
    const composer = expertPage.getByLabel('Respuesta', { exact: true });
    const insert = expertPage.getByRole('button', { name: /^Insertar la respuesta de @/ }).first();
    await insert.waitFor();
    await insert.click();
    await expect(composer.inputValue()).resolves.toMatch(/_Basado en \[una respuesta de @\w+\]\(\/telco-sol\/q\/[0-9a-f-]+#answer-[0-9a-f-]+\)_/);
    await composer.fill(`Activa «Itinerancia de datos» en Ajustes > Red móvil y reinicia el móvil.\n\n${await composer.inputValue()}`);
    expect(await seriousAxeViolations(expertPage)).toEqual([]);
    await screenshot(expertPage, 'journey-es-expert-claimed-composer');
    await live(ledgerPage);

    const posted = Date.now();
    await expertPage.getByRole('button', { name: 'Publicar respuesta' }).click();
    // The asker sees it without reloading, and it is announced.
    const answer = askerPage.getByRole('article', { name: 'Respuesta de @expert1_telco' });
    await answer.waitFor({ timeout: 5000 });
    console.log(`answer visible in the asker's browser ${Date.now() - posted} ms after clicking "Publicar respuesta"`);
    await askerPage.locator('[aria-live="polite"]').filter({ hasText: 'Nueva respuesta de @expert1_telco' }).waitFor({ state: 'attached' });
    await screenshot(askerPage, 'journey-es-asker-live-answer');

    // The asker accepts with 5 stars: a radio group, operated with the keyboard.
    await answer.getByText('Aceptar esta respuesta').click();
    await answer.getByLabel('1 de 5 estrellas').focus();
    for (let i = 0; i < 4; i++) await askerPage.keyboard.press('ArrowRight');
    await expect(answer.getByLabel('5 de 5 estrellas').isChecked()).resolves.toBe(true);
    await answer.getByLabel('Comentario').fill('¡Funcionó al momento, gracias!');
    expect(await seriousAxeViolations(askerPage)).toEqual([]);
    await screenshot(askerPage, 'journey-es-asker-accepting');
    await answer.getByRole('button', { name: 'Aceptar respuesta' }).click();

    for (const page of [askerPage, expertPage]) {
      await page.locator('article.question .badge[data-status="RESOLVED"]', { hasText: 'Resuelta' }).waitFor({ timeout: 10_000 });
    }
    await expertPage.getByText('Respuesta aceptada', { exact: true }).waitFor();
    await expect(expertPage.getByLabel('Respuesta', { exact: true }).count()).resolves.toBe(0);
    await screenshot(askerPage, 'journey-es-asker-resolved');
    await screenshot(expertPage, 'journey-es-expert-resolved');

    // The expert's earnings ledger gets the reward live.
    const earningRow = ledgerPage.locator('section[aria-labelledby="earnings-heading"] tbody tr', { hasText: title });
    await earningRow.waitFor({ timeout: 15_000 });
    expect(await ledgerPage.locator('section[aria-labelledby="earnings-heading"] tbody tr').count()).toBe(rowsBefore + 1);
    await expect(earningRow.textContent()).resolves.toMatch(/1,75\s€/);
    await screenshot(ledgerPage, 'journey-es-expert-earnings-live');

    // The third person sees the leaderboard move without reloading.
    await boardPage.waitForFunction(
      ([handle, before]) => document.querySelector(`li[data-handle="${handle}"] .points`)?.textContent !== before,
      ['expert1_telco', pointsBefore] as const,
      { timeout: 15_000 },
    );
    expect(await pointsOf(boardPage, 'expert1_telco')).not.toBe(pointsBefore);
    await boardPage.locator('[aria-live="polite"]').filter({ hasText: 'Clasificación actualizada' }).waitFor({ state: 'attached' });
    await screenshot(boardPage, 'journey-es-leaderboard-live-update');
    await boardPage.setViewportSize({ width: 390, height: 844 });
    await screenshot(boardPage, 'journey-es-leaderboard-live-update-mobile');

    await Promise.all(contexts.map((c) => c.close()));
  });
});
