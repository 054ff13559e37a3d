import { randomUUID } from 'node:crypto';
import { DEMO_QUESTIONS, NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSearch } from '../testing/search.harness.ts';
import { Deflection } from './deflection.entity.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startSearch('search_deflection');
});
afterAll(() => service?.close());

const MARK = `mutation ($input: MarkDeflectedInput!) { markDeflected(input: $input) { id brandId createdAt question { id } } }`;
const FRANCE = DEMO_QUESTIONS.find((q) => q.title === 'No me funciona el roaming en Francia')!.id;

interface Marked {
  markDeflected: { id: string; brandId: string; createdAt: string; question: { id: string } };
}

const stored = async (id: string) =>
  (
    await service.orm.em
      .fork()
      .execute<{ brand_id: string; question_id: string; text: string; viewer_user_id: string | null }[]>(
        'select brand_id, question_id, text, viewer_user_id from search.deflection where id = ?',
        [id],
      )
  )[0];

describe('markDeflected', () => {
  it('records an anonymous visitor’s deflection with what they typed', async () => {
    const result = await call<Marked>(service, MARK, {
      input: { brandId: TELCO.id, questionId: FRANCE, text: '  roaming francia  ' },
    });
    expect(result.errors).toBeUndefined();
    const deflection = result.data!.markDeflected;
    expect(deflection).toMatchObject({ brandId: TELCO.id, question: { id: FRANCE }, createdAt: expect.any(String) });
    expect(await stored(deflection.id)).toEqual({
      brand_id: TELCO.id,
      question_id: FRANCE,
      text: 'roaming francia',
      viewer_user_id: null,
    });
  });

  it('stores the signed-in viewer', async () => {
    const userId = randomUUID();
    const viewer = {
      kind: 'user' as const,
      userId,
      sessionId: randomUUID(),
      memberships: [{ brandId: TELCO.id, roles: ['customer' as const] }],
    };
    const result = await call<Marked>(
      service,
      MARK,
      { input: { brandId: TELCO.id, questionId: FRANCE, text: 'sin datos en Francia' } },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    expect((await stored(result.data!.markDeflected.id))?.viewer_user_id).toBe(userId);
  });

  it('refuses a question of another brand with NOT_FOUND and records nothing', async () => {
    const before = await service.orm.em.fork().count(Deflection);
    const result = await call(service, MARK, { input: { brandId: NIMBUS.id, questionId: FRANCE, text: 'roaming' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await service.orm.em.fork().count(Deflection)).toBe(before);
  });

  it('refuses a partner key of another brand with FORBIDDEN', async () => {
    const partner = { kind: 'partner' as const, keyId: randomUUID(), brandId: NIMBUS.id, scopes: [] };
    const result = await call(service, MARK, { input: { brandId: TELCO.id, questionId: FRANCE, text: 'roaming' } }, partner);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses malformed input with BAD_USER_INPUT', async () => {
    const result = await call(service, MARK, { input: { brandId: TELCO.id, questionId: 'france', text: ' ' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
