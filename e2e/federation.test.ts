// The platform as a user meets it: one gateway, data from several subgraphs, live events over graphql-ws.
import { describe, expect, it } from 'vitest';
import { collect, gatewayUrl, query, signIn, wsClient, uniqueWord } from './client.ts';

interface BrandResult {
  brand: { id: string; name: string; defaultLanguage: string };
}

async function brandId(slug: string): Promise<string> {
  const result = await query<BrandResult>('query ($slug: String!) { brand(slug: $slug) { id name defaultLanguage } }', { slug });
  expect(result.errors).toBeUndefined();
  return result.data!.brand.id;
}

describe('through the gateway', () => {
  it('answers one query with data from the experts, identity and rewards subgraphs', async () => {
    const id = await brandId('nimbus-games');
    // Earnings are visible to the expert and the brand's admins only.
    const admin = await signIn('admin@nimbus-games.test');
    const result = await query<{
      leaderboard: { entries: { rank: number; expert: { reputation: number; user: { handle: string }; earnings: { total: { amountMinor: number } } } }[] };
    }>(
      `query ($id: ID!) {
        leaderboard(brandId: $id, period: ALL_TIME) {
          entries { rank points expert { reputation user { handle } earnings { total { amountMinor currency } } } }
        }
      }`,
      { id },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const entries = result.data!.leaderboard.entries;
    expect(entries.length).toBe(5);
    expect(entries[0]).toMatchObject({ rank: 1, expert: { user: { handle: 'expert1_nimbus' } } });
    expect(entries.some((entry) => entry.expert.earnings.total.amountMinor > 0)).toBe(true);
  });

  it('shows seeded questions in the brand language with authors resolved by identity', async () => {
    const id = await brandId('telco-sol');
    const result = await query<{ questions: { edges: { node: { title: string; language: string; author: { handle: string }; brand: { name: string } } }[] } }>(
      'query ($id: ID!) { questions(brandId: $id, status: RESOLVED, first: 100) { edges { node { title language status author { handle } brand { name } } } } }',
      { id },
    );
    expect(result.errors).toBeUndefined();
    // Other e2e files ask in telco-sol too (some in English): the seeded question is checked, the wall on every one.
    const nodes = result.data!.questions.edges.map((edge) => edge.node);
    const seeded = nodes.find((node) => node.title === 'No me funciona el roaming en Francia');
    expect(seeded).toMatchObject({ language: 'es', brand: { name: 'Telco Sol' } });
    expect(seeded!.author.handle).toBeTruthy();
    expect(nodes.every((node) => node.brand.name === 'Telco Sol')).toBe(true);
  });

  it('pushes a new question to a graphql-ws subscriber, with fields from another subgraph', async () => {
    const id = await brandId('telco-sol');
    const token = await signIn('customer2@telco-sol.test');
    const client = wsClient();
    const feed = collect<{ questionFeed: { kind: string; question: { title: string; author: { handle: string }; brand: { name: string } } } }>(
      client,
      'subscription ($id: ID!) { questionFeed(brandId: $id) { kind question { title author { handle } brand { name } } } }',
      { id },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const title = `¿Cómo activo el buzón de voz? ${uniqueWord()}`;
      const asked = await query(
        'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id status } }',
        { input: { brandId: id, title, body: 'Quiero activar el buzón de voz en mi línea móvil, ¿cómo se hace?', category: 'movil', language: 'es' } },
        token,
      );
      expect(asked.errors).toBeUndefined();
      const events = await feed.waitFor((received) => received.some((event) => event.questionFeed.question.title === title));
      const event = events.find((received) => received.questionFeed.question.title === title)!;
      expect(event.questionFeed).toMatchObject({ kind: 'ASKED', question: { author: { handle: 'customer2_telco' }, brand: { name: 'Telco Sol' } } });
    } finally {
      feed.dispose();
      await client.dispose();
    }
  });

  it('shares identical subscriptions only within one viewer: each sees the question as it may', async () => {
    // The gateway runs one execution per (viewer, document, variables): the asker and the agent see the phone number,
    // the expert and both anonymous watchers (who share one) see it redacted.
    const id = await brandId('telco-sol');
    const [asker, agent, expert] = await Promise.all(
      ['customer3@telco-sol.test', 'agent@telco-sol.test', 'expert2@telco-sol.test'].map((email) => signIn(email)),
    );
    type Feed = { questionFeed: { kind: string; question: { id: string; title: string; personalDataRedacted: boolean } } };
    const watchers = [asker, agent, expert, undefined, undefined].map((token) => {
      const client = wsClient(token);
      const feed = collect<Feed>(
        client,
        'subscription ($id: ID!) { questionFeed(brandId: $id) { kind question { id title personalDataRedacted } } }',
        { id },
      );
      return { client, feed };
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const title = `Mi móvil 612 34 56 78 no recibe SMS ${uniqueWord()}`;
      const asked = await query<{ askQuestion: { id: string } }>(
        'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
        { input: { brandId: id, title, body: 'Desde ayer no me llega ningún SMS a la línea, ¿qué puedo revisar?', category: 'movil', language: 'es' } },
        asker,
      );
      expect(asked.errors).toBeUndefined();
      const questionId = asked.data!.askQuestion.id;
      const seen = await Promise.all(
        watchers.map(async ({ feed }) => {
          const events = await feed.waitFor((received) => received.some((event) => event.questionFeed.question.id === questionId));
          return events.find((event) => event.questionFeed.question.id === questionId)!.questionFeed.question;
        }),
      );
      const redacted = title.replace('612 34 56 78', '[phone]');
      expect(seen.map((question) => question.title)).toEqual([title, title, redacted, redacted, redacted]);
      expect(seen.map((question) => question.personalDataRedacted)).toEqual([false, false, true, true, true]);
    } finally {
      for (const { client, feed } of watchers) {
        feed.dispose();
        await client.dispose();
      }
    }
  });

  it('refuses a forged token with UNAUTHENTICATED', async () => {
    const result = await query('{ me { id } }', {}, 'not-a-real-token');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('subgraphs called directly', () => {
  it('answer UNAUTHENTICATED without the identity the gateway forwards', async () => {
    const { graphql } = await import('@peerdesk/runtime/testing/client');
    // The subgraphs listen on the five ports after the gateway's (shifted by E2E_PORT_OFFSET like it).
    const gatewayPort = Number(new URL(gatewayUrl()).port);
    for (const port of [1, 2, 3, 4, 5].map((i) => gatewayPort + i)) {
      const result = await graphql(`http://127.0.0.1:${port}/graphql`, '{ __typename }');
      expect(result.errors?.[0]?.extensions?.code, `port ${port}`).toBe('UNAUTHENTICATED');
    }
  });
});
