// Becoming an expert in Chromium: a member of telco-sol applies from the expert console, fails the qualification quiz,
// retakes it, passes and waits for an admin's approval.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hydrated, launchBrowser, screenshot, seriousAxeViolations, signInThroughUi } from './browser.ts';
import { query, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const PORTABILITY =
  'Para la portabilidad de tu número pide a Telco Sol el cambio con tu DNI; te enviamos una SIM nueva y en unos dos días ' +
  'laborables el número pasa solo, sin cortes largos. No des de baja la línea antigua: el operador anterior la cierra al completar el cambio.';

async function answerQuiz(page: Page, right: boolean) {
  const choose = right
    ? ['Que el roaming de datos esté activado', 'Revisar el desglose de consumos', 'La cobertura o el canal del wifi']
    : ['Que cambie de tarjeta SIM.', 'Que deje de pagarla.', 'La factura sin pagar.'];
  for (const text of choose) await page.getByLabel(text).check();
  await page.getByLabel(/explica a un cliente cómo traer su número/).fill(right ? PORTABILITY : 'No sé.');
  await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
}

describe.skipIf(!inject('webUrl'))('applying as an expert', () => {
  it('applies, fails the quiz, retakes it and waits for approval', async () => {
    const handle = `aspirante${uniqueWord()}`;
    const email = `${handle}@example.test`;
    const password = 'a-long-enough-password';
    const signedUp = await query<{ signUp: { accessToken: string } }>('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email, password, handle, locale: 'es' },
    });
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "telco-sol") { id } }');
    const joined = await query('mutation ($input: JoinBrandInput!) { joinBrand(input: $input) { id } }', { input: { brandId: brand.data!.brand.id } }, signedUp.data!.signUp.accessToken);
    expect(joined.errors).toBeUndefined();

    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInThroughUi(page, webUrl(), email, password, '/telco-sol/expert');
    await page.getByRole('heading', { name: 'Hazte experto de Telco Sol' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'expert-apply-form-mobile');

    // Nothing chosen: the problems are shown per field.
    await page.getByLabel('Español').uncheck();
    await page.getByRole('button', { name: 'Solicitar' }).click();
    await page.getByText('Elige al menos un tema.').waitFor();
    await expect(page.getByText('Elige al menos un idioma.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'expert-apply-errors-mobile');

    await page.getByLabel('Roaming y viajes').check();
    await page.getByLabel('Español').check();
    await page.getByLabel('Unas palabras sobre ti').fill('Viajo mucho y conozco bien el roaming en Europa.');
    await page.getByRole('button', { name: 'Solicitar' }).click();
    await page.getByRole('heading', { name: 'Cuestionario de cualificación' }).waitFor();
    await hydrated(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'expert-quiz-mobile');

    await answerQuiz(page, false);
    await page.getByText(/Tu última nota fue \d+ %; se aprueba con 75 %/).waitFor();
    await screenshot(page, 'expert-quiz-failed-mobile');

    await answerQuiz(page, true);
    await page.getByRole('heading', { name: 'Pendiente de aprobación' }).waitFor();
    await expect(page.getByText(/Aprobaste el cuestionario con \d+ %/).isVisible()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'expert-pending-mobile');

    // Not an expert yet: the rewards page says so, with the way back to the console.
    await page.goto(`${webUrl()}/telco-sol/expert/rewards`);
    await page.getByRole('alert').filter({ hasText: 'Solo los expertos de esta comunidad ven esta página.' }).waitFor();
    await expect(page.getByRole('main').getByRole('link', { name: 'Consola de experto' }).count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'expert-rewards-forbidden-mobile');
    await context.close();
  });
});
