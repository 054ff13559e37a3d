// AccountDeleted in the questions subgraph: personal data the person typed is erased for good, contributions stay.
import { randomUUID } from 'node:crypto';
import { ACCOUNT_DELETED, type AccountDeleted } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { publish, redeliver, settleDeliveries } from '@peerdesk/runtime/testing/bus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentOf, answer, ask, call, CLAIM, community, read, startQuestions } from '../testing/questions.fixtures.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startQuestions('questions_account_deleted');
});
afterAll(() => service?.close());

const deleted = (userId: string): AccountDeleted => ({ userId, deletedAt: new Date().toISOString() });
const REPLY = `mutation ($input: AnswerEscalationInput!) { answerEscalation(input: $input) { id } }`;

describe('AccountDeleted', () => {
  it('erases the personal data in the asker’s questions and agents’ private replies; the questions stay', async () => {
    const { brandId, asker, expert } = community();
    const agent = agentOf(brandId);
    const question = await ask(service, asker, brandId, {
      title: 'Refund please, call 612 345 678',
      body: 'Write to ana@example.com about my order.',
    });
    const kept = await ask(service, asker, brandId, {
      title: 'How do I change the game language?',
      body: 'The menu shows only English.',
    });
    await answer(service, expert, kept.id);
    const reply = await call<{ answerEscalation: { id: string } }>(service, agent.viewer, REPLY, {
      input: { questionId: question.id, body: 'Refunded to ana@example.com, reference ES91 2100 0418 4502 0005 1332.' },
    });
    expect(reply.errors).toBeUndefined();

    const eventId = await publish(service.orm, ACCOUNT_DELETED, deleted(asker.userId));
    await settleDeliveries(service, 'questions');

    // Even the brand's agents (who saw everything) now see the redacted text: it is gone from the database.
    const seen = await read(service, agent.viewer, question.id);
    expect(seen).toMatchObject({ title: 'Refund please, call [phone]', body: 'Write to [email] about my order.' });
    const rows = await service.orm.em
      .fork()
      .execute<{ body: string }[]>('select body from questions.answer where question_id = ?', [question.id]);
    expect(rows.map((row) => row.body)).toEqual(['Refunded to [email], reference [iban].']);
    expect(await read(service, agent.viewer, kept.id)).toMatchObject({
      title: 'How do I change the game language?',
      answerCount: 1,
    });

    await redeliver(service, 'questions', eventId);
    await settleDeliveries(service, 'questions');
    expect(await read(service, agent.viewer, question.id)).toMatchObject({ title: 'Refund please, call [phone]' });
  });

  it('gives a question claimed by a deleted expert back to routing', async () => {
    const { brandId, asker, expert } = community();
    const question = await ask(service, asker, brandId);
    expect((await call(service, expert.viewer, CLAIM, { input: { questionId: question.id } })).errors).toBeUndefined();
    await publish(service.orm, ACCOUNT_DELETED, deleted(expert.userId));
    await settleDeliveries(service, 'questions');
    expect(await read(service, asker.viewer, question.id)).toMatchObject({ status: 'OPEN', claim: null });
  });

  it('leaves other people’s questions alone', async () => {
    const { brandId, asker } = community();
    const question = await ask(service, asker, brandId, { title: 'Call me at 612 345 678', body: 'About my account.' });
    await publish(service.orm, ACCOUNT_DELETED, deleted(randomUUID()));
    await settleDeliveries(service, 'questions');
    expect(await read(service, asker.viewer, question.id)).toMatchObject({ title: 'Call me at 612 345 678' });
  });
});
