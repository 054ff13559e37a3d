import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answer,
  ask,
  call,
  CLAIM,
  codeOf,
  community,
  eventsOf,
  makeDue,
  member,
  POST_ANSWER,
  read,
  RELEASE,
  startQuestions,
} from '../testing/questions.fixtures.ts';

const DB = 'questions_claim';
let service: RunningService;

beforeAll(async () => {
  service = await startQuestions(DB);
});
afterAll(() => service?.close());

const claim = (viewer: Parameters<typeof call>[1], questionId: string) => call(service, viewer, CLAIM, { input: { questionId } });
const setPolicy = (brandId: string, policy: { maxClaims?: number; openAnswering?: boolean }) =>
  service.orm.em
    .fork()
    .execute('insert into questions.brand_policy (brand_id, max_claims_per_expert, open_answering, updated_at) values (?, ?, ?, now())', [
      brandId,
      policy.maxClaims ?? null,
      policy.openAnswering ?? null,
    ]);

describe('claimQuestion', () => {
  it('gives an expert a 15-minute lock visible on the question, and records QuestionClaimed and the scheduled expiry', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const before = Date.now();
    const result = await claim(expert.viewer, question.id);
    expect(result.errors).toBeUndefined();
    const claimed = (result.data as { claimQuestion: { status: string; claim: { expert: { id: string }; expiresAt: string } } }).claimQuestion;
    expect(claimed).toMatchObject({ status: 'CLAIMED', claim: { expert: { id: expert.userId } } });
    const expiresAt = new Date(claimed.claim.expiresAt).getTime();
    expect(expiresAt - before).toBeGreaterThan(14 * 60_000);
    expect(expiresAt - before).toBeLessThan(16 * 60_000);
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ status: 'CLAIMED', claim: { expert: { id: expert.userId } } });

    expect(await eventsOf(service, 'QuestionClaimed', question.id)).toEqual([
      expect.objectContaining({ questionId: question.id, brandId, expertUserId: expert.userId, expiresAt: new Date(expiresAt).toISOString() }),
    ]);
    const [expiry] = await eventsOf(service, 'ClaimExpired', question.id);
    expect(new Date(expiry!.deliverAt as Date).getTime()).toBe(expiresAt);
  });

  it('lets exactly one of 50 experts claiming at once win; the other 49 get CONFLICT', async () => {
    const { brandId, asker } = community();
    const question = await ask(service, asker, brandId);
    const experts = Array.from({ length: 50 }, () => member(brandId, ['expert']));
    const results = await Promise.all(experts.map((expert) => claim(expert.viewer, question.id)));
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => codeOf(result) === 'CONFLICT')).toHaveLength(49);
    const winner = (winners[0]!.data as { claimQuestion: { claim: { expert: { id: string } } } }).claimQuestion.claim.expert.id;
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ claim: { expert: { id: winner } } });
    expect(await eventsOf(service, 'QuestionClaimed', question.id)).toHaveLength(1);
  });

  it('refuses a second claim on a held question with CONFLICT, even by the holder', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    await claim(expert.viewer, question.id);
    expect(codeOf(await claim(expert2.viewer, question.id))).toBe('CONFLICT');
    expect(codeOf(await claim(expert.viewer, question.id))).toBe('CONFLICT');
  });

  it('is for experts of the brand only, never on their own question', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const ownQuestion = await ask(service, expert, brandId);
    const outsider = member(crypto.randomUUID(), ['expert']);
    expect(codeOf(await claim(ANONYMOUS, question.id))).toBe('UNAUTHENTICATED');
    expect(codeOf(await claim(asker.viewer, question.id))).toBe('FORBIDDEN');
    expect(codeOf(await claim(outsider.viewer, question.id))).toBe('FORBIDDEN');
    expect(codeOf(await claim(expert.viewer, ownQuestion.id))).toBe('FORBIDDEN');
    expect(codeOf(await claim(expert.viewer, crypto.randomUUID()))).toBe('NOT_FOUND');
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ status: 'OPEN', claim: null });
  });

  it('limits an expert to 3 live claims at once, even when claiming 6 at the same time', async () => {
    const { brandId, asker, expert } = community();
    const asked = await Promise.all(Array.from({ length: 6 }, () => ask(service, asker, brandId)));
    const results = await Promise.all(asked.map((question) => claim(expert.viewer, question.id)));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    const refused = results.filter((result) => result.errors);
    expect(refused.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(refused[0]!.errors![0]!.message).toMatch(/3 claims/);
  });

  it('takes the brand’s own limit when it has one', async () => {
    const { brandId, asker, expert } = community();
    await setPolicy(brandId, { maxClaims: 1 });
    const [first, second] = [await ask(service, asker, brandId), await ask(service, asker, brandId)];
    expect((await claim(expert.viewer, first.id)).errors).toBeUndefined();
    expect(codeOf(await claim(expert.viewer, second.id))).toBe('CONFLICT');
  });

  it('cannot be taken on a resolved, escalated or closed question', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    await call(service, asker.viewer, 'mutation ($input: CloseQuestionInput!) { closeQuestion(input: $input) { id } }', {
      input: { questionId: question.id },
    });
    expect(codeOf(await claim(expert2.viewer, question.id))).toBe('CONFLICT');
    const escalated = await ask(service, asker, brandId, { body: 'Please call me back on +34 612 345 678.' });
    expect(codeOf(await claim(expert.viewer, escalated.id))).toBe('CONFLICT');
  });
});

describe('claim expiry', () => {
  it('returns the question to routing when the lock lapses, once, and tells experts', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId, { category: 'account', language: 'es' });
    await claim(expert.viewer, question.id);
    await makeDue(service, 'ClaimExpired', question.id);
    await expect.poll(async () => (await read(service, ANONYMOUS, question.id)).status, { timeout: 10_000 }).toBe('OPEN');
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ claim: null });
    expect(await eventsOf(service, 'QuestionReturnedToRouting', question.id)).toEqual([
      expect.objectContaining({ questionId: question.id, brandId, category: 'account', language: 'es', reason: 'CLAIM_EXPIRED' }),
    ]);
    expect((await claim(expert2.viewer, question.id)).errors).toBeUndefined();
  });

  it('never releases a newer claim when an earlier claim’s expiry arrives late', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    await claim(expert.viewer, question.id);
    await call(service, expert.viewer, RELEASE, { input: { questionId: question.id } });
    await claim(expert2.viewer, question.id);
    const [firstExpiry] = await eventsOf(service, 'ClaimExpired', question.id);
    await service.orm.em
      .fork()
      .execute(`update bus.delivery set available_at = now() from bus.event e where e.id = event_id and e.payload->>'claimId' = ?`, [
        firstExpiry!.claimId,
      ]);
    await expect
      .poll(() =>
        service.orm.em
          .fork()
          .execute<{ n: number }[]>(`select count(*)::int as n from bus.processed where event_id in (select id from bus.event where payload->>'claimId' = ?)`, [
            firstExpiry!.claimId,
          ])
          .then((rows) => rows[0]!.n),
      { timeout: 10_000 })
      .toBe(1);
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ status: 'CLAIMED', claim: { expert: { id: expert2.userId } } });
  });

  it('survives a restart: the expiry scheduled before the restart is applied by the restarted service', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    await answer(service, member(brandId, ['expert']), question.id);
    await claim(expert.viewer, question.id);
    await service.close();
    service = await startQuestions(DB);
    await makeDue(service, 'ClaimExpired', question.id);
    await expect.poll(async () => (await read(service, ANONYMOUS, question.id)).status, { timeout: 10_000 }).toBe('ANSWERED');
  });
});

describe('releaseClaim', () => {
  it('lets the holder give the question back at once; nobody else may', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    await claim(expert.viewer, question.id);
    expect(codeOf(await call(service, expert2.viewer, RELEASE, { input: { questionId: question.id } }))).toBe('FORBIDDEN');
    const released = await call(service, expert.viewer, RELEASE, { input: { questionId: question.id } });
    expect(released.data?.releaseClaim).toEqual({ id: question.id, status: 'OPEN', claim: null });
    expect(await eventsOf(service, 'QuestionReturnedToRouting', question.id)).toEqual([expect.objectContaining({ reason: 'CLAIM_RELEASED' })]);
    expect(codeOf(await call(service, expert.viewer, RELEASE, { input: { questionId: question.id } }))).toBe('CONFLICT');
  });
});

describe('postAnswer and claims', () => {
  it('lets the holder answer, which ends the claim; another expert gets CONFLICT meanwhile', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    await claim(expert.viewer, question.id);
    const body = 'Restore purchases from the settings screen.';
    expect(codeOf(await call(service, expert2.viewer, POST_ANSWER, { input: { questionId: question.id, body } }))).toBe('CONFLICT');
    await answer(service, expert, question.id, body);
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ status: 'ANSWERED', claim: null });
  });

  it('requires a claim when the brand does not allow open answering', async () => {
    const { brandId, asker, expert } = community();
    await setPolicy(brandId, { openAnswering: false });
    const question = await ask(service, asker, brandId);
    const body = 'Restore purchases from the settings screen.';
    const refused = await call(service, expert.viewer, POST_ANSWER, { input: { questionId: question.id, body } });
    expect(codeOf(refused)).toBe('CONFLICT');
    await claim(expert.viewer, question.id);
    expect((await call(service, expert.viewer, POST_ANSWER, { input: { questionId: question.id, body } })).errors).toBeUndefined();
  });

  it('lets any expert of the brand answer an unclaimed question by default', async () => {
    const { brandId, asker, expert2 } = community();
    const question = await ask(service, asker, brandId);
    await answer(service, expert2, question.id);
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ status: 'ANSWERED', answerCount: 1 });
  });
});
