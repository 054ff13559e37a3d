import { randomUUID } from 'node:crypto';
import { transaction } from '@peerdesk/runtime/database';
import { accountByEmail, DEMO_QUESTIONS, NIMBUS, TELCO } from '@peerdesk/runtime/demo/community';
import { publishEvent } from '@peerdesk/runtime/events';
import { QUESTION_ASKED } from '@peerdesk/runtime/events.contract';
import type { RunningService } from '@peerdesk/runtime/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  drainEvents,
  eventually,
  indexQuestions,
  questionAskedEvent,
  resolvedQuestion,
  startSearch,
} from '../testing/search.harness.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startSearch('search_suggested');
});
afterAll(() => service?.close());

const SUGGESTED = `query ($r: [_Any!]!, $first: Int) {
  _entities(representations: $r) {
    ... on Question { id suggestedAnswers(first: $first) { answerId question { id } excerpt body author { id } score } }
  }
}`;

interface Suggested {
  _entities: ({
    id: string;
    suggestedAnswers: {
      answerId: string;
      question: { id: string };
      excerpt: string;
      body: string;
      author: { id: string };
      score: number;
    }[];
  } | null)[];
}

const demo = (title: string) => DEMO_QUESTIONS.find((q) => q.title === title)!;
const FRANCE = demo('No me funciona el roaming en Francia');
const ITALY = demo('Sin datos móviles de viaje por Italia');

async function suggestionsFor(ids: string[], first?: number) {
  const result = await call<Suggested>(service, SUGGESTED, { r: ids.map((id) => ({ __typename: 'Question', id })), first });
  expect(result.errors).toBeUndefined();
  return result.data!._entities;
}

describe('Question.suggestedAnswers', () => {
  it('suggests the accepted roaming answers for a newly asked roaming question, crediting their authors', async () => {
    const asked = questionAskedEvent({
      brandId: TELCO.id,
      title: 'El roaming no funciona en Alemania',
      body: 'No tengo datos en Berlín.',
    });
    await transaction(service.orm, (em) => publishEvent(em, QUESTION_ASKED, { ...asked }));
    const [entity] = await eventually(async () => {
      await drainEvents(service);
      const entities = await suggestionsFor([asked.questionId]);
      expect(entities[0]?.suggestedAnswers.length).toBeGreaterThan(0);
      return entities;
    });
    const [best] = entity!.suggestedAnswers;
    const accepted = FRANCE.answers.find((a) => a.accepted)!;
    expect(best).toMatchObject({
      answerId: accepted.id,
      question: { id: FRANCE.id },
      body: accepted.body,
      excerpt: expect.stringContaining('En la UE el roaming está incluido'),
      author: { id: accountByEmail(accepted.expertEmail).id },
    });
    expect(entity!.suggestedAnswers.length).toBeLessThanOrEqual(3);
  });

  it('never suggests a question’s own answer, and resolves several questions in one request', async () => {
    const entities = await suggestionsFor([FRANCE.id, ITALY.id], 5);
    expect(entities.map((e) => e!.id)).toEqual([FRANCE.id, ITALY.id]);
    expect(entities[0]!.suggestedAnswers.map((s) => s.question.id)).not.toContain(FRANCE.id);
    expect(entities[0]!.suggestedAnswers[0]!.question.id).toBe(ITALY.id);
    expect(entities[1]!.suggestedAnswers.map((s) => s.question.id)).not.toContain(ITALY.id);
  });

  it('stays inside the question’s brand', async () => {
    const title = `Roaming snarglefrump ${randomUUID().slice(0, 6)}`;
    await indexQuestions(service, resolvedQuestion({ brandId: NIMBUS.id, title, language: 'es' }));
    const asked = questionAskedEvent({ brandId: TELCO.id, title, body: 'roaming' });
    await transaction(service.orm, (em) => publishEvent(em, QUESTION_ASKED, { ...asked }));
    const [entity] = await eventually(async () => {
      await drainEvents(service);
      const entities = await suggestionsFor([asked.questionId], 20);
      expect(entities[0]?.suggestedAnswers.length).toBeGreaterThan(0);
      return entities;
    });
    const telcoIds = new Set(DEMO_QUESTIONS.filter((q) => q.brandId === TELCO.id).map((q) => q.id));
    expect(entity!.suggestedAnswers.every((s) => telcoIds.has(s.question.id))).toBe(true);
  });

  it('suggests nothing for a question it has never seen (or a malformed id)', async () => {
    expect(await suggestionsFor([randomUUID(), 'not-a-uuid'])).toEqual([
      { id: expect.any(String), suggestedAnswers: [] },
      { id: 'not-a-uuid', suggestedAnswers: [] },
    ]);
  });

  it('refuses first above 20 with BAD_USER_INPUT', async () => {
    const result = await call(service, SUGGESTED, { r: [{ __typename: 'Question', id: FRANCE.id }], first: 21 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
