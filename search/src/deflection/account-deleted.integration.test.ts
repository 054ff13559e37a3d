// AccountDeleted in search: deflections stay counted but no longer point at the person nor keep what they typed.
import { randomUUID } from 'node:crypto';
import { DEMO_QUESTIONS, TELCO } from '@peerdesk/runtime/demo/community';
import { ACCOUNT_DELETED } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { publish, redeliver, settleDeliveries } from '@peerdesk/runtime/testing/bus';
import type { Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSearch } from '../testing/search.harness.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startSearch('search_account_deleted');
});
afterAll(() => service?.close());

const MARK = `mutation ($input: MarkDeflectedInput!) { markDeflected(input: $input) { id } }`;
const FRANCE = DEMO_QUESTIONS.find((q) => q.title === 'No me funciona el roaming en Francia')!.id;
const customer = (userId: string): Viewer => ({
  kind: 'user',
  userId,
  sessionId: randomUUID(),
  memberships: [{ brandId: TELCO.id, roles: ['customer'] }],
});

async function deflect(userId: string, text: string): Promise<string> {
  const result = await call<{ markDeflected: { id: string } }>(
    service,
    MARK,
    { input: { brandId: TELCO.id, questionId: FRANCE, text } },
    customer(userId),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.markDeflected.id;
}

const row = async (id: string) =>
  (
    await service.orm.em
      .fork()
      .execute<{ text: string; viewer_user_id: string | null }[]>(
        'select text, viewer_user_id from search.deflection where id = ?',
        [id],
      )
  )[0];

describe('AccountDeleted', () => {
  it('unlinks the person’s deflections and erases their text; the deflections still count', async () => {
    const userId = randomUUID();
    const otherId = randomUUID();
    const mine = await deflect(userId, 'roaming en Francia, mi número es 612 345 678');
    const theirs = await deflect(otherId, 'roaming Francia');
    const eventId = await publish(service.orm, ACCOUNT_DELETED, { userId, deletedAt: new Date().toISOString() });
    await settleDeliveries(service, 'search');
    expect(await row(mine)).toEqual({ text: '', viewer_user_id: null });
    expect(await row(theirs)).toEqual({ text: 'roaming Francia', viewer_user_id: otherId });
    await redeliver(service, 'search', eventId);
    await settleDeliveries(service, 'search');
    expect(await row(mine)).toEqual({ text: '', viewer_user_id: null });
  });
});
