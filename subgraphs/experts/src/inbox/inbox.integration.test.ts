import { randomUUID } from 'node:crypto';
import { QUESTION_ASKED } from '@peerdesk/runtime/events.contract';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS, signViewer, type Viewer } from '@peerdesk/runtime/viewer';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { experts } from '../service.ts';
import { createExpert, settle } from '../testing/experts.factory.ts';
import { connectInbox, userViewer } from '../testing/inbox.client.ts';
import { offersOf, publish, questionAsked } from '../testing/routing.factory.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

const MY_OFFERS = `query ($brandId: ID, $first: Int, $after: String) {
  myOffers(brandId: $brandId, first: $first, after: $after) {
    edges { cursor node { id status wave question { id } brand { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const DECLINE = `mutation ($input: DeclineOfferInput!) { declineOffer(input: $input) { id status declineReason question { id } } }`;

interface OffersPage {
  myOffers: { edges: { node: { id: string; status: string; question: { id: string }; brand: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const as = async <T = Record<string, unknown>>(viewer: Viewer, query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(service.url, query, variables, await asViewer(viewer));

/** One person who is an expert in two brands, each with a question routed to them. */
async function expertInTwoBrands() {
  const userId = randomUUID();
  const [brandA, brandB] = [randomUUID(), randomUUID()];
  await createExpert(service.orm, brandA, { userId, skills: ['roaming'], languages: ['es'] });
  await createExpert(service.orm, brandB, { userId, skills: ['roaming'], languages: ['es'] });
  const [inA, inB] = [questionAsked(brandA), questionAsked(brandB)];
  await publish(service.orm, QUESTION_ASKED, inA);
  await publish(service.orm, QUESTION_ASKED, inB);
  await settle(service);
  return { viewer: userViewer(userId), brandA, brandB, inA, inB };
}

describe('myOffers', () => {
  it("lists the signed-in expert's open offers across brands, or in one brand, page by page", async () => {
    const { viewer, brandA, inA, inB } = await expertInTwoBrands();
    const all = await as<OffersPage>(viewer, MY_OFFERS);
    expect(all.errors).toBeUndefined();
    expect(all.data!.myOffers.edges.map((e) => e.node.question.id).sort()).toEqual([inA.questionId, inB.questionId].sort());

    const one = await as<OffersPage>(viewer, MY_OFFERS, { brandId: brandA });
    expect(one.data!.myOffers.edges.map((e) => [e.node.question.id, e.node.brand.id, e.node.status])).toEqual([[inA.questionId, brandA, 'OFFERED']]);

    const page1 = await as<OffersPage>(viewer, MY_OFFERS, { first: 1 });
    expect(page1.data!.myOffers.pageInfo.hasNextPage).toBe(true);
    const page2 = await as<OffersPage>(viewer, MY_OFFERS, { first: 1, after: page1.data!.myOffers.pageInfo.endCursor });
    expect(page2.data!.myOffers.pageInfo.hasNextPage).toBe(false);
    expect([...page1.data!.myOffers.edges, ...page2.data!.myOffers.edges].map((e) => e.node.question.id).sort()).toEqual(
      [inA.questionId, inB.questionId].sort(),
    );
  });

  it('shows nobody else the offers', async () => {
    await expertInTwoBrands();
    const stranger = await as<OffersPage>(userViewer(randomUUID()), MY_OFFERS);
    expect(stranger.data!.myOffers.edges).toEqual([]);
    const anonymous = await as(ANONYMOUS, MY_OFFERS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['first above 100', { first: 101 }],
    ['a malformed cursor', { after: 'nope' }],
    ['a brand id that is not a UUID', { brandId: 'telco' }],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables) => {
    const result = await as(userViewer(randomUUID()), MY_OFFERS, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('declineOffer', () => {
  it('declines with a reason, takes the offer out of the inbox live, and lowers responsiveness', async () => {
    const { viewer, brandA, inA } = await expertInTwoBrands();
    const userId = (viewer as Extract<Viewer, { kind: 'user' }>).userId;
    const [offer] = await offersOf(service.orm, inA.questionId);
    const inbox = await connectInbox(service, userId);
    try {
      const result = await as(viewer, DECLINE, { input: { offerId: offer!.id, reason: 'Not my carrier plan' } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.declineOffer).toEqual({ id: offer!.id, status: 'DECLINED', declineReason: 'Not my carrier plan', question: { id: inA.questionId } });
      expect(await inbox.next()).toMatchObject({ kind: 'WITHDRAWN', offer: { id: offer!.id, status: 'DECLINED' } });
    } finally {
      await inbox.close();
    }
    const open = await as<OffersPage>(viewer, MY_OFFERS, { brandId: brandA });
    expect(open.data!.myOffers.edges).toEqual([]);

    const next = questionAsked(brandA);
    await publish(service.orm, QUESTION_ASKED, next);
    await settle(service);
    const [after] = await offersOf(service.orm, next.questionId);
    expect(after!.score).toBeLessThan(offer!.score);
  });

  it('refuses anyone but the offered expert, a second decline, an unknown offer and an empty reason', async () => {
    const { viewer, inA } = await expertInTwoBrands();
    const [offer] = await offersOf(service.orm, inA.questionId);
    const input = { offerId: offer!.id, reason: 'Busy' };
    expect((await as(userViewer(randomUUID()), DECLINE, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await as(ANONYMOUS, DECLINE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await as(viewer, DECLINE, { input: { ...input, reason: '' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await as(viewer, DECLINE, { input })).errors).toBeUndefined();
    expect((await as(viewer, DECLINE, { input })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await as(viewer, DECLINE, { input: { ...input, offerId: randomUUID() } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('expertInbox', () => {
  it('pushes an offer with its question and brand to the expert it was routed to', async () => {
    const brandId = randomUUID();
    const expert = await createExpert(service.orm, brandId, { skills: ['roaming'], languages: ['es'] });
    const inbox = await connectInbox(service, expert.userId);
    try {
      const asked = questionAsked(brandId);
      await publish(service.orm, QUESTION_ASKED, asked);
      const message = await inbox.next();
      expect(message).toMatchObject({ kind: 'OFFERED', offer: { status: 'OFFERED', wave: 1, question: { id: asked.questionId }, brand: { id: brandId } } });
      expect(new Date(message.offer.expiresAt).getTime()).toBeGreaterThan(new Date(message.offer.offeredAt).getTime());
    } finally {
      await inbox.close();
    }
  });

  it('refuses an anonymous subscriber', async () => {
    const client = createClient({
      url: service.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { 'x-peerdesk-viewer': await signViewer(ANONYMOUS) },
      retryAttempts: 0,
    });
    try {
      const first = await client.iterate({ query: 'subscription { expertInbox { kind } }' })[Symbol.asyncIterator]().next();
      expect(first.value?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } catch (error) {
      // graphql-ws surfaces subscribe-time errors as a rejected iteration.
      expect(JSON.stringify(error)).toContain('UNAUTHENTICATED');
    } finally {
      await client.dispose();
    }
  });
});
