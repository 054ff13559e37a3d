// AccountDeleted in the experts subgraph: profiles leave routing, open offers are withdrawn, reputation stays.
import { randomUUID } from 'node:crypto';
import { ACCOUNT_DELETED } from '@peerdesk/runtime/events.contract';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { publish, redeliver, settleDeliveries } from '@peerdesk/runtime/testing/bus';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offer, OfferStatus } from '../inbox/offer.entity.ts';
import { experts } from '../service.ts';
import { addReputation, createExpert } from '../testing/experts.factory.ts';
import { Expert, ExpertStatus } from './expert.entity.ts';

let service: RunningService;

beforeAll(async () => {
  const databaseUrl = await testDatabaseUrl('experts_account_deleted');
  await migrateService(experts, databaseUrl);
  service = await startService(experts, { port: 0, databaseUrl });
});
afterAll(() => service?.close());

async function offerTo(expert: Expert): Promise<string> {
  const em = service.orm.em.fork();
  const offer = em.create(Offer, {
    id: randomUUID(),
    questionId: randomUUID(),
    brandId: expert.brandId,
    expertId: expert.id,
    userId: expert.userId,
    round: 1,
    wave: 1,
    score: 1,
    offeredAt: new Date(),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  await em.flush();
  return offer.id;
}

describe('AccountDeleted', () => {
  it('suspends every profile of the person, erases the bio, withdraws open offers and keeps reputation', async () => {
    const userId = randomUUID();
    const inA = await createExpert(service.orm, randomUUID(), { userId, bio: 'Ask me about roaming, I am Ana from Sevilla.' });
    const inB = await createExpert(service.orm, randomUUID(), { userId });
    const other = await createExpert(service.orm, inA.brandId);
    await addReputation(service.orm, inA, [{ points: 15 }]);
    const offer = await offerTo(inA);
    const othersOffer = await offerTo(other);

    const eventId = await publish(service.orm, ACCOUNT_DELETED, { userId, deletedAt: new Date().toISOString() });
    await settleDeliveries(service, 'experts');

    const em = service.orm.em.fork();
    for (const id of [inA.id, inB.id]) {
      expect(await em.findOneOrFail(Expert, { id })).toMatchObject({ status: ExpertStatus.SUSPENDED, available: false, bio: '' });
    }
    expect(await em.findOneOrFail(Expert, { id: other.id })).toMatchObject({ status: ExpertStatus.ACTIVE, available: true });
    expect((await em.findOneOrFail(Offer, { id: offer })).status).toBe(OfferStatus.WITHDRAWN);
    expect((await em.findOneOrFail(Offer, { id: othersOffer })).status).toBe(OfferStatus.OFFERED);
    const [reputation] = await em.execute<{ points: number }[]>(
      'select coalesce(sum(points), 0)::int as points from experts.reputation_event where expert_id = ?',
      [inA.id],
    );
    expect(reputation?.points).toBe(15);

    await redeliver(service, 'experts', eventId);
    await settleDeliveries(service, 'experts');
    expect(await service.orm.em.fork().findOneOrFail(Expert, { id: inA.id })).toMatchObject({
      status: ExpertStatus.SUSPENDED,
      bio: '',
    });
  });
});
