// The embeddable widget in Chromium: a plain HTML page on another origin pastes the one-line snippet; the panel
// appears in an iframe, finds similar solved questions and links to asking the community. Spanish and English.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freePort } from '@peerdesk/runtime/testing/ports';
import { launchBrowser, screenshot, seriousAxeViolations } from './browser.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;
let site: Server;
let siteUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const port = await freePort();
  // The brand's own site: nothing but its content and the snippet from the README.
  site = createServer((request, response) => {
    const [brand, lang] = request.url === '/en' ? ['nimbus-games', 'en'] : ['telco-sol', 'es'];
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="${lang}"><head><title>Brand site</title></head><body><main><h1>Support</h1>
<script src="${webUrl()}/embed.js" data-brand="${brand}" data-lang="${lang}" async></script>
</main></body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
});

describe.skipIf(!inject('webUrl'))('embeddable widget', () => {
  it('frames the brand’s panel on another site, searches similar questions and links to asking (Spanish)', async () => {
    const page = await browser.newPage({ locale: 'es-ES', viewport: { width: 900, height: 800 } });
    await page.goto(siteUrl);
    const frameElement = page.locator('iframe[title]');
    await frameElement.waitFor();
    expect(await frameElement.getAttribute('src')).toBe(`${webUrl()}/embed/telco-sol?lang=es`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Pregunta a la comunidad de Telco Sol' }).waitFor();
    await frame.getByLabel('Buscar en la comunidad').fill('roaming Francia');
    await frame.getByRole('button', { name: 'Buscar' }).click();
    const results = frame.locator('ul li a');
    await results.first().waitFor();
    expect(await results.first().getAttribute('href')).toMatch(new RegExp(`^${webUrl()}/telco-sol/q/[0-9a-f-]{36}$`));
    expect(await frame.getByRole('link', { name: 'Pregunta a la comunidad' }).getAttribute('href')).toBe(`${webUrl()}/telco-sol/ask`);
    await screenshot(page, 'widget-on-brand-site-es');
    await page.close();
  });

  it('speaks English for an English brand and has no serious axe violations', async () => {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 900, height: 800 } });
    await page.goto(`${siteUrl}/en`);
    await page.frameLocator('iframe').getByRole('heading', { name: 'Ask the Nimbus Games community' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'widget-on-brand-site-en');
    await page.close();
    // The panel itself (its CSP forbids inline scripts, so axe is injected with CSP bypassed).
    const context = await browser.newContext({ locale: 'en-US', bypassCSP: true, viewport: { width: 420, height: 460 } });
    const panel = await context.newPage();
    await panel.goto(`${webUrl()}/embed/nimbus-games?lang=en&q=gems%20purchase`);
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await screenshot(panel, 'widget-panel-en');
    await context.close();
  });
});
