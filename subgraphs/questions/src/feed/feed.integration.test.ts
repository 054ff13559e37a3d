import type { RunningService } from '@peerdesk/runtime/service';
import { signViewer, VIEWER_HEADER, ANONYMOUS, type Viewer } from '@peerdesk/runtime/viewer';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ACCEPT, agentOf, answer, ask, call, CLAIM, community, RELEASE, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;
const clients: Client[] = [];

beforeAll(async () => {
  service = await startQuestions('questions_feed');
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await service?.close();
});

function connect(viewer: Viewer): Client {
  const client = createClient({
    url: service.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: async () => ({ [VIEWER_HEADER]: await signViewer(viewer) }),
    lazy: false,
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/**
 * Subscribes; resolves once the subscription is in place with a `next()` that waits for the following event
 * (wrapped in an object: an async function returning a bare promise would wait for it).
 */
async function subscribe<T>(client: Client, query: string, variables: Record<string, unknown>): Promise<{ next: () => Promise<T> }> {
  const iterator = client.iterate<T>({ query, variables });
  const first = iterator.next();
  // graphql-ws has no subscribe acknowledgement; a round trip on the same socket orders it before our writes.
  await new Promise<void>((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));
  let pending: Promise<IteratorResult<{ data?: unknown; errors?: unknown }>> | undefined = first;
  return {
    next: async () => {
      const result = await (pending ?? iterator.next());
      pending = undefined;
      if (result.done || result.value.errors) throw new Error(`subscription ended: ${JSON.stringify(result.value)}`);
      return result.value.data as T;
    },
  };
}

const FEED = `subscription ($brandId: ID!) {
  questionFeed(brandId: $brandId) { kind question { id title status answerCount author { id } brand { id } } }
}`;
const UPDATED = 'subscription ($id: ID!) { questionUpdated(id: $id) { id status answerCount rating } }';

type FeedEvent = { questionFeed: { kind: string; question: Record<string, unknown> } };

describe('questionFeed', () => {
  it('pushes ASKED, ANSWERED and RESOLVED to a graphql-ws client, each with the question as it is then', async () => {
    const { brandId, asker, expert } = community();
    const other = community();
    const feed = await subscribe<FeedEvent>(connect(ANONYMOUS), FEED, { brandId });

    await ask(service, other.asker, other.brandId, { title: 'Not in this brand feed' });
    const question = await ask(service, asker, brandId, { title: 'Live question for the feed' });
    expect((await feed.next()).questionFeed).toEqual({
      kind: 'ASKED',
      question: { id: question.id, title: 'Live question for the feed', status: 'OPEN', answerCount: 0, author: { id: asker.userId }, brand: { id: brandId } },
    });

    const posted = await answer(service, expert, question.id);
    expect((await feed.next()).questionFeed).toMatchObject({ kind: 'ANSWERED', question: { id: question.id, status: 'ANSWERED', answerCount: 1 } });

    await call(service, asker.viewer, ACCEPT, { input: { answerId: posted.id, rating: 5 } });
    expect((await feed.next()).questionFeed).toMatchObject({ kind: 'RESOLVED', question: { id: question.id, status: 'RESOLVED', answerCount: 1 } });
  });

  it('refuses a connection without the gateway-signed viewer', async () => {
    const client = createClient({ url: service.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(client);
    const outcome = await new Promise<string>((resolve) => {
      client.subscribe(
        { query: FEED, variables: { brandId: community().brandId } },
        { next: () => resolve('next'), error: () => resolve('error'), complete: () => resolve('complete') },
      );
    });
    expect(outcome).toBe('error');
  });
});

describe('questionUpdated', () => {
  it('pushes the question each time it changes', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    const updates = await subscribe<{ questionUpdated: unknown }>(connect(asker.viewer), UPDATED, { id: question.id });
    await answer(service, expert, question.id);
    expect((await updates.next()).questionUpdated).toEqual({ id: question.id, status: 'ANSWERED', answerCount: 1, rating: null });
    await answer(service, expert2, question.id);
    expect((await updates.next()).questionUpdated).toEqual({ id: question.id, status: 'ANSWERED', answerCount: 2, rating: null });
  });

  it('pushes claims, releases, votes and escalation as they happen', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    const query = 'subscription ($id: ID!) { questionUpdated(id: $id) { status claim { expert { id } } answers { score } } }';
    const updates = await subscribe<{ questionUpdated: unknown }>(connect(ANONYMOUS), query, { id: question.id });
    await call(service, expert.viewer, CLAIM, { input: { questionId: question.id } });
    expect((await updates.next()).questionUpdated).toEqual({ status: 'CLAIMED', claim: { expert: { id: expert.userId } }, answers: [] });
    await call(service, expert.viewer, RELEASE, { input: { questionId: question.id } });
    expect((await updates.next()).questionUpdated).toEqual({ status: 'OPEN', claim: null, answers: [] });
    const posted = await answer(service, expert2, question.id);
    expect((await updates.next()).questionUpdated).toMatchObject({ status: 'ANSWERED', answers: [{ score: 0 }] });
    await call(service, asker.viewer, 'mutation ($input: VoteAnswerInput!) { voteAnswer(input: $input) { id } }', { input: { answerId: posted.id, value: 'UP' } });
    expect((await updates.next()).questionUpdated).toMatchObject({ answers: [{ score: 1 }] });
    await call(service, asker.viewer, 'mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id } }', { input: { questionId: question.id } });
    expect((await updates.next()).questionUpdated).toMatchObject({ status: 'ESCALATED' });
  });
});

const QUEUE = `subscription ($brandId: ID!) { escalationQueue(brandId: $brandId) { id status body escalation { reason agent { id } } } }`;
type QueueEvent = { escalationQueue: { id: string; status: string; body: string; escalation: { reason: string; agent: { id: string } | null } } };

describe('escalationQueue', () => {
  it('tells the brand’s agents, live and unredacted, when a question is escalated and when it is taken', async () => {
    const { brandId, asker } = community();
    const agent = agentOf(brandId);
    const queue = await subscribe<QueueEvent>(connect(agent.viewer), QUEUE, { brandId });
    const question = await ask(service, asker, brandId, { body: 'Please call me on +34 612 345 678 about my bill.' });
    const arrived = await queue.next();
    expect(arrived.escalationQueue).toMatchObject({ id: question.id, status: 'ESCALATED', escalation: { reason: 'PERSONAL_DATA', agent: null } });
    expect(arrived.escalationQueue.body).toContain('612 345 678');
    const other = await ask(service, asker, brandId, { body: 'Nothing personal in here, just a question.' });
    await call(service, asker.viewer, 'mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id } }', {
      input: { questionId: other.id },
    });
    expect((await queue.next()).escalationQueue).toMatchObject({ id: other.id, escalation: { reason: 'ASKER_REQUEST' } });
    await call(service, agent.viewer, 'mutation ($input: TakeEscalationInput!) { takeEscalation(input: $input) { id } }', {
      input: { questionId: other.id },
    });
    expect((await queue.next()).escalationQueue).toMatchObject({ id: other.id, escalation: { agent: { id: agent.userId } } });
  });

  it('refuses experts and customers', async () => {
    const { brandId, expert } = community();
    const iterator = connect(expert.viewer).iterate({ query: QUEUE, variables: { brandId } });
    const refused = await iterator.next();
    expect((refused.value as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
