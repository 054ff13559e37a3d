// Live data survives a dropped connection: when the graphql-ws socket closes, the page says live updates are paused
// and reconnects on its own; what happened meanwhile (an answer posted while offline) shows once it is back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, WebSocketRoute } from 'playwright-core';
import { hydrated, launchBrowser, live, screenshot } from './browser.ts';
import { query, signIn, uniqueWord } from './client.ts';

const webUrl = () => inject('webUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.skipIf(!inject('webUrl'))('live updates after a dropped connection', () => {
  it('shows reconnecting, reconnects and catches up on what it missed', async () => {
    const brand = await query<{ brand: { id: string } }>('{ brand(slug: "nimbus-games") { id } }');
    const asked = await query<{ askQuestion: { id: string } }>(
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        input: {
          brandId: brand.data!.brand.id,
          title: `Sound cuts out in raids ${uniqueWord()}`,
          body: 'In every raid the sound stops after a minute and only comes back after a restart.',
          category: 'performance',
          language: 'en',
        },
      },
      await signIn('customer1@nimbus-games.test'),
    );
    expect(asked.errors).toBeUndefined();

    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    // The browser's socket to the gateway goes through a route the test can cut, and keep cut for a while.
    let cut = false;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      if (cut) {
        void socket.close({ code: 1001, reason: 'network down (test)' });
        return;
      }
      socket.connectToServer();
      sockets.push(socket);
    });
    await page.goto(`${webUrl()}/nimbus-games/q/${asked.data!.askQuestion.id}`);
    await hydrated(page);
    await live(page);

    cut = true;
    await Promise.all(sockets.map((socket) => socket.close({ code: 1001, reason: 'network down (test)' })));
    await page.locator('p.live[data-status="reconnecting"]', { hasText: 'Live updates paused — reconnecting…' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'live-reconnecting');

    // Meanwhile an expert answers: no live event can reach the page now.
    const answered = await query(
      'mutation ($input: PostAnswerInput!) { postAnswer(input: $input) { id } }',
      { input: { questionId: asked.data!.askQuestion.id, body: 'Switch the audio output to Stereo in Settings > Sound; surround drops in raids.' } },
      await signIn('expert3@nimbus-games.test'),
    );
    expect(answered.errors).toBeUndefined();
    await expect(page.getByRole('article', { name: /^Answer by @/ }).count()).resolves.toBe(0);

    // The network comes back: the client reconnects by itself and refetches what it missed.
    cut = false;
    await page.locator('p.live[data-status="connected"]').waitFor({ timeout: 20_000 });
    await page.getByRole('article', { name: /^Answer by @/ }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'live-reconnected-caught-up');
    await page.close();
  });
});
