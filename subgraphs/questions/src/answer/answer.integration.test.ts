import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Question } from '../question/question.entity.ts';
import { Answer } from './answer.entity.ts';
import { ACCEPT, answer, ask, call, codeOf, community, member, POST_ANSWER, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_answer');
});
afterAll(() => service?.close());

const eventsOf = (type: string, questionId: string) =>
  service.orm.em
    .fork()
    .execute<{ payload: Record<string, unknown> }[]>('select payload from bus.event where type = ? and payload->>\'questionId\' = ?', [type, questionId])
    .then((rows) => rows.map((row) => row.payload));

describe('ask → answer → accept', () => {
  it('resolves the question with the rating and records QuestionResolved exactly once', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId, { title: 'Frost Warden phase two', body: 'Our guild keeps wiping at phase two.', category: 'gameplay' });

    const posted = await call(service, expert.viewer, POST_ANSWER, { input: { questionId: question.id, body: 'Pre-shield before every Glacial Nova.' } });
    expect(posted.errors).toBeUndefined();
    expect(posted.data?.postAnswer).toMatchObject({
      body: 'Pre-shield before every Glacial Nova.',
      accepted: false,
      score: 0,
      author: { id: expert.userId },
      question: { id: question.id, status: 'ANSWERED', answerCount: 1 },
    });
    const answerId = (posted.data?.postAnswer as { id: string }).id;
    const second = await answer(service, expert2, question.id, 'Interrupt the Frozen Chant as well.');
    expect(await eventsOf('AnswerPosted', question.id)).toEqual(
      expect.arrayContaining([expect.objectContaining({ answerId, brandId, expertUserId: expert.userId }), expect.objectContaining({ answerId: second.id })]),
    );

    const accepted = await call(service, asker.viewer, ACCEPT, { input: { answerId, rating: 5, comment: 'Cleared it first try!' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptAnswer).toMatchObject({
      id: question.id,
      status: 'RESOLVED',
      rating: 5,
      resolvedAt: expect.any(String),
      answers: [
        { id: answerId, accepted: true },
        { id: second.id, accepted: false },
      ],
    });

    const resolved = await eventsOf('QuestionResolved', question.id);
    expect(resolved).toHaveLength(1);
    const stored = await service.orm.em.fork().findOneOrFail(Question, { id: question.id });
    const firstAnswer = await service.orm.em.fork().findOneOrFail(Answer, { id: answerId });
    expect(stored.firstAnswerAt).toEqual(firstAnswer.createdAt);
    expect(resolved[0]).toEqual({
      questionId: question.id,
      brandId,
      category: 'gameplay',
      language: 'en',
      title: 'Frost Warden phase two',
      body: 'Our guild keeps wiping at phase two.',
      answerId,
      answerBody: 'Pre-shield before every Glacial Nova.',
      expertUserId: expert.userId,
      rating: 5,
      askedAt: stored.createdAt.toISOString(),
      firstAnswerAt: stored.firstAnswerAt!.toISOString(),
      resolvedAt: stored.resolvedAt!.toISOString(),
      timeToFirstAnswerMs: stored.firstAnswerAt!.getTime() - stored.createdAt.getTime(),
      timeToResolutionMs: stored.resolvedAt!.getTime() - stored.createdAt.getTime(),
    });
  });
});

describe('postAnswer', () => {
  it('is for experts of the question’s brand only', async () => {
    const { brandId, asker } = community();
    const question = await ask(service, asker, brandId);
    const customer = member(brandId, ['customer']);
    const expertElsewhere = member(community().brandId, ['expert']);
    const input = { questionId: question.id, body: 'I think you should restart it.' };
    expect(codeOf(await call(service, customer.viewer, POST_ANSWER, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await call(service, expertElsewhere.viewer, POST_ANSWER, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await call(service, ANONYMOUS, POST_ANSWER, { input }))).toBe('UNAUTHENTICATED');
    expect(await eventsOf('AnswerPosted', question.id)).toEqual([]);
  });

  it('does not let an expert answer their own question', async () => {
    const { brandId, expert } = community();
    const question = await ask(service, expert, brandId);
    expect(codeOf(await call(service, expert.viewer, POST_ANSWER, { input: { questionId: question.id, body: 'Answering myself here.' } }))).toBe('FORBIDDEN');
  });

  it('refuses a resolved question with CONFLICT and an unknown one with NOT_FOUND', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    const first = await answer(service, expert, question.id);
    await call(service, asker.viewer, ACCEPT, { input: { answerId: first.id, rating: 4 } });
    const late = await call(service, expert2.viewer, POST_ANSWER, { input: { questionId: question.id, body: 'Too late, but here it is.' } });
    expect(codeOf(late)).toBe('CONFLICT');
    for (const questionId of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(codeOf(await call(service, expert.viewer, POST_ANSWER, { input: { questionId, body: 'Hello out there.' } }))).toBe('NOT_FOUND');
    }
  });

  it('lets only the claiming expert answer while a claim is live', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    // Claims have no mutation yet: put the row in the state claimQuestion will produce.
    await service.orm.em
      .fork()
      .execute("update questions.question set status = 'CLAIMED', claimed_by_user_id = ?, claim_expires_at = now() + interval '10 minutes' where id = ?", [
        expert.userId,
        question.id,
      ]);
    expect(codeOf(await call(service, expert2.viewer, POST_ANSWER, { input: { questionId: question.id, body: 'Sneaking in an answer.' } }))).toBe('CONFLICT');
    await answer(service, expert, question.id);
  });

  it('refuses a blank body with BAD_USER_INPUT', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    expect(codeOf(await call(service, expert.viewer, POST_ANSWER, { input: { questionId: question.id, body: '            ' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('acceptAnswer', () => {
  it('is for the asker only', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const posted = await answer(service, expert, question.id);
    const admin = member(brandId, ['admin']);
    for (const viewer of [expert.viewer, admin.viewer]) {
      expect(codeOf(await call(service, viewer, ACCEPT, { input: { answerId: posted.id, rating: 5 } }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await call(service, ANONYMOUS, ACCEPT, { input: { answerId: posted.id, rating: 5 } }))).toBe('UNAUTHENTICATED');
    expect(await eventsOf('QuestionResolved', question.id)).toEqual([]);
  });

  it('refuses a second acceptance with CONFLICT and records one resolution', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    const a = await answer(service, expert, question.id);
    const b = await answer(service, expert2, question.id);
    expect((await call(service, asker.viewer, ACCEPT, { input: { answerId: a.id, rating: 3 } })).errors).toBeUndefined();
    expect(codeOf(await call(service, asker.viewer, ACCEPT, { input: { answerId: a.id, rating: 5 } }))).toBe('CONFLICT');
    expect(codeOf(await call(service, asker.viewer, ACCEPT, { input: { answerId: b.id, rating: 5 } }))).toBe('CONFLICT');
    expect(await eventsOf('QuestionResolved', question.id)).toEqual([expect.objectContaining({ answerId: a.id, rating: 3 })]);
  });

  it('resolves once when two acceptances race', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    const a = await answer(service, expert, question.id);
    const b = await answer(service, expert2, question.id);
    const results = await Promise.all([a, b].map((x) => call(service, asker.viewer, ACCEPT, { input: { answerId: x.id, rating: 4 } })));
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    expect(await eventsOf('QuestionResolved', question.id)).toHaveLength(1);
  });

  it('refuses ratings outside 1–5 with BAD_USER_INPUT and unknown answers with NOT_FOUND', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const posted = await answer(service, expert, question.id);
    for (const rating of [0, 6]) {
      expect(codeOf(await call(service, asker.viewer, ACCEPT, { input: { answerId: posted.id, rating } }))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await call(service, asker.viewer, ACCEPT, { input: { answerId: '00000000-0000-4000-8000-000000000000', rating: 5 } }))).toBe('NOT_FOUND');
    expect(await eventsOf('QuestionResolved', question.id)).toEqual([]);
  });
});

describe('federation', () => {
  it('resolves Answer entities in one batch, with null for unknown ids', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const a = await answer(service, expert, question.id, 'The first answer body.');
    const b = await answer(service, expert, question.id, 'The second answer body.');
    const result = await call(
      service,
      ANONYMOUS,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Answer { id body question { id } author { id } } } }',
      { r: [b, { id: '00000000-0000-4000-8000-000000000000' }, a].map(({ id }) => ({ __typename: 'Answer', id })) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: b.id, body: 'The second answer body.', question: { id: question.id }, author: { id: expert.userId } },
      null,
      { id: a.id, body: 'The first answer body.', question: { id: question.id }, author: { id: expert.userId } },
    ]);
  });
});
