import type { RunningService } from '@peerdesk/runtime/service';
import { ANONYMOUS, type Viewer } from '@peerdesk/runtime/viewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCEPT,
  agentOf,
  answer,
  ask,
  call,
  CLAIM,
  codeOf,
  community,
  eventsOf,
  makeDue,
  member,
  read,
  startQuestions,
} from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_escalation');
});
afterAll(() => service?.close());

const ESCALATE = `mutation ($input: EscalateQuestionInput!) { escalateQuestion(input: $input) { id status escalation { reason note } } }`;
const TAKE = `mutation ($input: TakeEscalationInput!) { takeEscalation(input: $input) { id escalation { agent { id } } } }`;
const REPLY = `mutation ($input: AnswerEscalationInput!) { answerEscalation(input: $input) { id body private question { id } } }`;
const CLOSE = `mutation ($input: CloseQuestionInput!) { closeQuestion(input: $input) { id status closedAt } }`;
const QUEUE = `query ($brandId: ID!, $first: Int, $after: String) {
  escalations(brandId: $brandId, first: $first, after: $after) {
    edges { node { id title body escalation { reason } } } pageInfo { hasNextPage endCursor }
  }
}`;

const PII_BODY = 'Necesito cambiar la domiciliación a ES91 2100 0418 4502 0005 1332, escribidme a ana@example.com.';
const REDACTED_BODY = 'Necesito cambiar la domiciliación a [iban], escribidme a [email].';

describe('personal data at ask time', () => {
  it('escalates the question for PERSONAL_DATA, never offers it to experts, and redacts it for anyone but the asker and agents', async () => {
    const { brandId, asker, expert } = community();
    const agent = agentOf(brandId);
    const question = await ask(service, asker, brandId, { title: 'Cambio de cuenta, llamadme al 612 345 678', body: PII_BODY });
    expect(question.status).toBe('ESCALATED');
    expect(await eventsOf(service, 'QuestionEscalated', question.id)).toEqual([
      expect.objectContaining({ questionId: question.id, brandId, reason: 'PERSONAL_DATA' }),
    ]);
    expect(await eventsOf(service, 'QuestionAsked', question.id)).toEqual([]);

    const redacted = { title: 'Cambio de cuenta, llamadme al [phone]', body: REDACTED_BODY, personalDataRedacted: true };
    const original = { title: 'Cambio de cuenta, llamadme al 612 345 678', body: PII_BODY, personalDataRedacted: false };
    const otherCustomer = member(brandId, ['customer']);
    const viewers: [string, Viewer, object][] = [
      ['anonymous', ANONYMOUS, redacted],
      ['an expert', expert.viewer, redacted],
      ['another customer', otherCustomer.viewer, redacted],
      ['an agent of another brand', agentOf(crypto.randomUUID()).viewer, redacted],
      ['the asker', asker.viewer, original],
      ['an agent', agent.viewer, original],
      ['an admin', member(brandId, ['admin']).viewer, original],
    ];
    for (const [, viewer, expected] of viewers) {
      expect(await read(service, viewer, question.id)).toMatchObject({ ...expected, escalation: { reason: 'PERSONAL_DATA' } });
    }
    const listed = await call<{ questions: { edges: { node: { body: string } }[] } }>(
      service,
      expert.viewer,
      'query ($brandId: ID!) { questions(brandId: $brandId) { edges { node { body } } } }',
      { brandId },
    );
    expect(listed.data?.questions.edges).toEqual([{ node: { body: REDACTED_BODY } }]);
  });

  it('escalates a question edited to include personal data', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const edited = await call(service, asker.viewer, 'mutation ($input: EditQuestionInput!) { editQuestion(input: $input) { status } }', {
      input: { questionId: question.id, body: 'Card 4111 1111 1111 1111 was charged but no gems.' },
    });
    expect(edited.data?.editQuestion).toEqual({ status: 'ESCALATED' });
    expect(await read(service, expert.viewer, question.id)).toMatchObject({ body: 'Card [card] was charged but no gems.' });
  });
});

describe('SLA deadline', () => {
  it('is scheduled at ask time for the brand’s SLA (60 minutes by default)', async () => {
    const { brandId, asker } = community();
    const question = await ask(service, asker, brandId);
    const [deadline] = await eventsOf(service, 'SlaDeadline', question.id);
    expect(new Date(deadline!.deliverAt as Date).getTime() - new Date(question.createdAt).getTime()).toBe(60 * 60_000);
  });

  it('escalates an unresolved question with SLA_BREACH, ending any claim', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    await call(service, expert.viewer, CLAIM, { input: { questionId: question.id } });
    await makeDue(service, 'SlaDeadline', question.id);
    await expect.poll(async () => (await read(service, ANONYMOUS, question.id)).status, { timeout: 10_000 }).toBe('ESCALATED');
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ claim: null, escalation: { reason: 'SLA_BREACH', agent: null } });
    expect(await eventsOf(service, 'QuestionEscalated', question.id)).toEqual([expect.objectContaining({ reason: 'SLA_BREACH' })]);
  });

  it('leaves a question resolved before the deadline alone', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    const posted = await answer(service, expert, question.id);
    await call(service, asker.viewer, ACCEPT, { input: { answerId: posted.id, rating: 5 } });
    await makeDue(service, 'SlaDeadline', question.id);
    await expect
      .poll(() => service.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from bus.delivery d join bus.event e on e.id = d.event_id where e.type = 'SlaDeadline' and e.payload->>'questionId' = ?`, [question.id]).then((r) => r[0]!.n), { timeout: 10_000 })
      .toBe(0);
    expect(await read(service, ANONYMOUS, question.id)).toMatchObject({ status: 'RESOLVED', escalation: null });
    expect(await eventsOf(service, 'QuestionEscalated', question.id)).toEqual([]);
  });
});

describe('escalateQuestion', () => {
  it('lets the asker hand the question to agents with a note only staff and the asker read', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    expect(codeOf(await call(service, expert.viewer, ESCALATE, { input: { questionId: question.id } }))).toBe('FORBIDDEN');
    const escalated = await call(service, asker.viewer, ESCALATE, { input: { questionId: question.id, reason: 'I need a refund' } });
    expect(escalated.data?.escalateQuestion).toMatchObject({ status: 'ESCALATED', escalation: { reason: 'ASKER_REQUEST', note: 'I need a refund' } });
    expect(await read(service, expert.viewer, question.id)).toMatchObject({ escalation: { reason: 'ASKER_REQUEST', note: null } });
    expect(await eventsOf(service, 'QuestionEscalated', question.id)).toEqual([expect.objectContaining({ reason: 'ASKER_REQUEST' })]);
    expect(codeOf(await call(service, asker.viewer, ESCALATE, { input: { questionId: question.id } }))).toBe('CONFLICT');
  });
});

describe('the agents’ queue', () => {
  it('lists the brand’s escalated questions oldest first, unredacted, to its agents and admins only', async () => {
    const { brandId, asker, expert } = community();
    const agent = agentOf(brandId);
    const first = await ask(service, asker, brandId, { body: PII_BODY });
    const plain = await ask(service, asker, brandId);
    await call(service, asker.viewer, ESCALATE, { input: { questionId: plain.id } });
    await ask(service, asker, brandId);

    const page = await call<{ escalations: { edges: { node: { id: string; body: string } }[]; pageInfo: { endCursor: string } } }>(
      service,
      agent.viewer,
      QUEUE,
      { brandId, first: 1 },
    );
    expect(page.data?.escalations.edges).toEqual([{ node: { id: first.id, title: expect.any(String), body: PII_BODY, escalation: { reason: 'PERSONAL_DATA' } } }]);
    const next = await call<{ escalations: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } } }>(service, agent.viewer, QUEUE, {
      brandId,
      after: page.data?.escalations.pageInfo.endCursor,
    });
    expect(next.data?.escalations.edges.map((edge) => edge.node.id)).toEqual([plain.id]);
    expect(next.data?.escalations.pageInfo.hasNextPage).toBe(false);

    for (const viewer of [expert.viewer, asker.viewer, agentOf(crypto.randomUUID()).viewer]) {
      expect(codeOf(await call(service, viewer, QUEUE, { brandId }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await call(service, ANONYMOUS, QUEUE, { brandId }))).toBe('UNAUTHENTICATED');
  });

  it('lets one agent take an escalation; another agent gets CONFLICT', async () => {
    const { brandId, asker } = community();
    const [agent, agent2] = [agentOf(brandId), agentOf(brandId)];
    const question = await ask(service, asker, brandId, { body: PII_BODY });
    const results = await Promise.all([agent, agent2].map((a) => call(service, a.viewer, TAKE, { input: { questionId: question.id } })));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    const open = await ask(service, asker, brandId);
    expect(codeOf(await call(service, agent.viewer, TAKE, { input: { questionId: open.id } }))).toBe('CONFLICT');
    expect(codeOf(await call(service, asker.viewer, TAKE, { input: { questionId: question.id } }))).toBe('FORBIDDEN');
  });

  it('keeps an agent’s reply private to the asker and agents, and the agent closes the question', async () => {
    const { brandId, asker, expert } = community();
    const agent = agentOf(brandId);
    const question = await ask(service, asker, brandId, { body: PII_BODY });
    const reply = await call<{ answerEscalation: { id: string } }>(service, agent.viewer, REPLY, {
      input: { questionId: question.id, body: 'Done: your direct debit now uses the new account.' },
    });
    expect(reply.data?.answerEscalation).toMatchObject({ private: true, question: { id: question.id } });
    const replyId = reply.data!.answerEscalation.id;

    for (const viewer of [asker.viewer, agent.viewer]) {
      expect(await read(service, viewer, question.id)).toMatchObject({ answerCount: 1, answers: [{ id: replyId, private: true }] });
    }
    for (const viewer of [expert.viewer, ANONYMOUS, member(brandId, ['customer']).viewer]) {
      expect(await read(service, viewer, question.id)).toMatchObject({ answerCount: 0, answers: [] });
    }
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Answer { id body } } }`;
    const representations = [{ __typename: 'Answer', id: replyId }];
    expect((await call(service, expert.viewer, entities, { r: representations })).data).toEqual({ _entities: [null] });
    expect((await call(service, asker.viewer, entities, { r: representations })).data).toMatchObject({ _entities: [{ id: replyId }] });
    expect(await eventsOf(service, 'AnswerPosted', question.id)).toEqual([]);
    expect(codeOf(await call(service, asker.viewer, ACCEPT, { input: { answerId: replyId, rating: 5 } }))).toBe('CONFLICT');
    expect(codeOf(await call(service, agentOf(brandId).viewer, REPLY, { input: { questionId: question.id, body: 'Me too' } }))).toBe('CONFLICT');

    const closed = await call(service, agent.viewer, CLOSE, { input: { questionId: question.id, reason: 'Handled by billing' } });
    expect(closed.data?.closeQuestion).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    expect(await eventsOf(service, 'QuestionClosed', question.id)).toEqual([expect.objectContaining({ questionId: question.id, brandId })]);
    expect(codeOf(await call(service, agent.viewer, REPLY, { input: { questionId: question.id, body: 'Late reply' } }))).toBe('CONFLICT');
  });
});
