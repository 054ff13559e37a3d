import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentOf, answer, ask, call, CLAIM, codeOf, community, eventsOf, member, read, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_lifecycle');
});
afterAll(() => service?.close());

const EDIT = `mutation ($input: EditQuestionInput!) { editQuestion(input: $input) { id title body category status } }`;
const CLOSE = `mutation ($input: CloseQuestionInput!) { closeQuestion(input: $input) { id status closedAt claim { expert { id } } } }`;

describe('editQuestion', () => {
  it('lets the asker reword the question until its first answer, then refuses with CONFLICT', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const edited = await call(service, asker.viewer, EDIT, { input: { questionId: question.id, title: '  Gems missing after a purchase ', category: 'account' } });
    expect(edited.data?.editQuestion).toEqual({
      id: question.id,
      title: 'Gems missing after a purchase',
      body: 'I bought gems on mobile and they never arrived.',
      category: 'account',
      status: 'OPEN',
    });
    await answer(service, expert, question.id);
    expect(codeOf(await call(service, asker.viewer, EDIT, { input: { questionId: question.id, title: 'Too late to change' } }))).toBe('CONFLICT');
  });

  it('is for the asker only, with validated fields', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    expect(codeOf(await call(service, expert.viewer, EDIT, { input: { questionId: question.id, title: 'Not my question' } }))).toBe('FORBIDDEN');
    expect(codeOf(await call(service, asker.viewer, EDIT, { input: { questionId: question.id, body: 'short' } }))).toBe('BAD_USER_INPUT');
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ title: 'Gems missing after purchase' });
  });
});

describe('closeQuestion', () => {
  it('lets the asker close an open question without resolution, ending any claim and telling the other services', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    await call(service, expert.viewer, CLAIM, { input: { questionId: question.id } });
    const closed = await call(service, asker.viewer, CLOSE, { input: { questionId: question.id, reason: 'Found it myself' } });
    expect(closed.data?.closeQuestion).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String), claim: null });
    expect(await eventsOf(service, 'QuestionClosed', question.id)).toEqual([
      expect.objectContaining({ questionId: question.id, brandId, closedAt: expect.any(String) }),
    ]);
    expect(codeOf(await call(service, asker.viewer, CLOSE, { input: { questionId: question.id } }))).toBe('CONFLICT');
  });

  it('lets an agent or admin of the brand close it; experts, other customers and other brands’ agents get FORBIDDEN', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    for (const viewer of [expert.viewer, member(brandId, ['customer']).viewer, agentOf(crypto.randomUUID()).viewer]) {
      expect(codeOf(await call(service, viewer, CLOSE, { input: { questionId: question.id } }))).toBe('FORBIDDEN');
    }
    expect((await call(service, member(brandId, ['admin']).viewer, CLOSE, { input: { questionId: question.id } })).errors).toBeUndefined();
  });
});
