import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, ask, call, codeOf, community, eventsOf, member, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_vote');
});
afterAll(() => service?.close());

const VOTE = `mutation ($input: VoteAnswerInput!) { voteAnswer(input: $input) { id score viewerVote } }`;
const vote = (viewer: Parameters<typeof call>[1], answerId: string, value: string) => call(service, viewer, VOTE, { input: { answerId, value } });

describe('voteAnswer', () => {
  it('counts one vote per user, replaced when changed and withdrawn with NONE, and tells reputation each change', async () => {
    const { brandId, asker, expert, expert2 } = community();
    const question = await ask(service, asker, brandId);
    const posted = await answer(service, expert, question.id);
    expect((await vote(asker.viewer, posted.id, 'UP')).data?.voteAnswer).toEqual({ id: posted.id, score: 1, viewerVote: 'UP' });
    expect((await vote(asker.viewer, posted.id, 'UP')).data?.voteAnswer).toMatchObject({ score: 1 });
    expect((await vote(expert2.viewer, posted.id, 'UP')).data?.voteAnswer).toMatchObject({ score: 2 });
    expect((await vote(asker.viewer, posted.id, 'DOWN')).data?.voteAnswer).toEqual({ id: posted.id, score: 0, viewerVote: 'DOWN' });
    expect((await vote(asker.viewer, posted.id, 'NONE')).data?.voteAnswer).toEqual({ id: posted.id, score: 1, viewerVote: 'NONE' });

    const events = await eventsOf(service, 'AnswerVoted', question.id);
    expect(events.map((e) => [e.voterUserId, e.previousValue, e.value])).toEqual([
      [asker.userId, 'NONE', 'UP'],
      [expert2.userId, 'NONE', 'UP'],
      [asker.userId, 'UP', 'DOWN'],
      [asker.userId, 'DOWN', 'NONE'],
    ]);
    expect(events[0]).toMatchObject({ answerId: posted.id, brandId, authorUserId: expert.userId, votedAt: expect.any(String) });
  });

  it('keeps the score exact under concurrent votes', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const posted = await answer(service, expert, question.id);
    const voters = Array.from({ length: 20 }, () => member(brandId, ['customer']));
    await Promise.all(voters.map((voter, i) => vote(voter.viewer, posted.id, i % 4 === 0 ? 'DOWN' : 'UP')));
    expect((await vote(asker.viewer, posted.id, 'NONE')).data?.voteAnswer).toMatchObject({ score: 15 - 5 });
  });

  it('refuses one’s own answer, outsiders and agents with FORBIDDEN, anonymous with UNAUTHENTICATED, unknown answers with NOT_FOUND', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const posted = await answer(service, expert, question.id);
    expect(codeOf(await vote(expert.viewer, posted.id, 'UP'))).toBe('FORBIDDEN');
    expect(codeOf(await vote(member(crypto.randomUUID(), ['customer']).viewer, posted.id, 'UP'))).toBe('FORBIDDEN');
    expect(codeOf(await vote(member(brandId, ['agent']).viewer, posted.id, 'UP'))).toBe('FORBIDDEN');
    expect(codeOf(await vote(ANONYMOUS, posted.id, 'UP'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await vote(asker.viewer, crypto.randomUUID(), 'UP'))).toBe('NOT_FOUND');
    expect(await eventsOf(service, 'AnswerVoted', question.id)).toEqual([]);
  });
});
