import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS, type Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSearch } from '../testing/search.harness.ts';
import { Deflection } from './deflection.entity.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startSearch('search_deflection_analytics');
});
afterAll(() => service?.close());

const ANALYTICS = `query ($brandId: ID!, $from: String!, $to: String!) {
  deflectionAnalytics(brandId: $brandId, from: $from, to: $to) { deflected days { day deflected } }
}`;
const admin = (brandId: string): Viewer => ({ kind: 'user', userId: randomUUID(), sessionId: randomUUID(), memberships: [{ brandId, roles: ['admin'] }] });

async function deflectedAt(brandId: string, ...times: string[]) {
  const em = service.orm.em.fork();
  for (const at of times) em.persist(em.create(Deflection, { brandId, questionId: randomUUID(), text: 'roaming', createdAt: new Date(at) }));
  await em.flush();
}

describe('deflectionAnalytics', () => {
  it('counts a brand’s deflections per UTC day of the range, zeros included', async () => {
    const brandId = randomUUID();
    await deflectedAt(brandId, '2026-03-01T00:00:00Z', '2026-03-01T23:59:59Z', '2026-03-03T10:00:00Z', '2026-02-28T23:59:59Z', '2026-03-04T00:00:00Z');
    await deflectedAt(randomUUID(), '2026-03-02T10:00:00Z');
    const result = await call(service, ANALYTICS, { brandId, from: '2026-03-01', to: '2026-03-03' }, admin(brandId));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      deflectionAnalytics: {
        deflected: 3,
        days: [
          { day: '2026-03-01', deflected: 2 },
          { day: '2026-03-02', deflected: 0 },
          { day: '2026-03-03', deflected: 1 },
        ],
      },
    });
  });

  it('answers zeros for a brand without deflections', async () => {
    const brandId = randomUUID();
    const result = await call(service, ANALYTICS, { brandId, from: '2026-03-01', to: '2026-03-02' }, admin(brandId));
    expect(result.data).toEqual({
      deflectionAnalytics: { deflected: 0, days: [{ day: '2026-03-01', deflected: 0 }, { day: '2026-03-02', deflected: 0 }] },
    });
  });

  it('refuses anyone but the brand’s admins and its partner keys with read:analytics', async () => {
    const brandId = randomUUID();
    const codeOf = async (viewer: Viewer) =>
      (await call(service, ANALYTICS, { brandId, from: '2026-03-01', to: '2026-03-02' }, viewer)).errors?.[0]?.extensions?.code;
    expect(await codeOf({ kind: 'partner', keyId: randomUUID(), brandId, scopes: ['read:analytics'] })).toBeUndefined();
    expect(await codeOf({ kind: 'partner', keyId: randomUUID(), brandId, scopes: ['read:community'] })).toBe('FORBIDDEN');
    expect(await codeOf(admin(randomUUID()))).toBe('FORBIDDEN');
    expect(await codeOf(ANONYMOUS)).toBe('UNAUTHENTICATED');
  });
});
