import { randomUUID } from 'node:crypto';
import { transaction } from '@peerdesk/runtime/database';
import { publishEvent } from '@peerdesk/runtime/events';
import { QUESTION_RESOLVED } from '@peerdesk/runtime/events.contract';
import { DEMO_QUESTIONS, TELCO } from '@peerdesk/runtime/demo/community';
import { seedService, type RunningService } from '@peerdesk/runtime/service';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../service.ts';
import {
  SIMILAR,
  call,
  drainEvents,
  eventually,
  questionResolvedEvent,
  resolvedQuestion,
  startSearch,
  type SimilarResult,
} from '../testing/search.harness.ts';

let service: RunningService;

beforeAll(async () => {
  service = await startSearch('search_index');
});
afterAll(() => service?.close());

const publish = (payload: object, id?: string) =>
  transaction(service.orm, (em) => publishEvent(em, QUESTION_RESOLVED, { ...payload }, { id }));

const rowsFor = async (questionId: string) =>
  service.orm.em
    .fork()
    .execute<{ title: string }[]>('select title from search.indexed_question where question_id = ?', [questionId]);

async function hitsFor(text: string) {
  const result = await call<SimilarResult>(service, SIMILAR, { brandId: TELCO.id, text, first: 20 });
  return result.data!.similarQuestions;
}

describe('QuestionResolved consumer', () => {
  it('indexes a resolved question so customers find it, crediting the accepted answer', async () => {
    const doc = resolvedQuestion({
      brandId: TELCO.id,
      title: 'El módem kvetch parpadea en naranja',
      answerBody: 'Pulsa **reset** diez segundos y espera a que el LED kvetch se ponga verde.',
    });
    await publish(questionResolvedEvent(doc));
    const [hit] = await eventually(async () => {
      await drainEvents(service);
      const hits = await hitsFor('modem kvetch naranja');
      expect(hits).toHaveLength(1);
      return hits;
    });
    expect(hit).toMatchObject({
      question: { id: doc.questionId },
      title: 'El módem kvetch parpadea en naranja',
      excerpt: 'Pulsa reset diez segundos y espera a que el LED kvetch se ponga verde.',
    });
  });

  it('is harmless when the same resolution is delivered twice or published again', async () => {
    const doc = resolvedQuestion({ brandId: TELCO.id, title: 'La centralita plumbus no da tono' });
    const eventId = randomUUID();
    await publish(questionResolvedEvent(doc), eventId);
    await eventually(async () => {
      await drainEvents(service);
      expect(await rowsFor(doc.questionId)).toHaveLength(1);
    });
    // The bus redelivers the same event, and the producer publishes the same fact again under a new id.
    await service.orm.em.getConnection().execute("insert into bus.delivery (consumer, event_id) values ('search', ?)", [eventId]);
    await publish(questionResolvedEvent(doc));
    await eventually(async () => {
      await drainEvents(service);
      const [{ pending }] = await service.orm.em
        .fork()
        .execute<{ pending: string }[]>("select count(*) as pending from bus.delivery where consumer = 'search'");
      expect(Number(pending)).toBe(0);
    });
    expect(await rowsFor(doc.questionId)).toHaveLength(1);
    expect((await hitsFor('centralita plumbus')).filter((h) => h.question.id === doc.questionId)).toHaveLength(1);
  });

  it('replaces the indexed answer when a question is resolved again with another answer', async () => {
    const doc = resolvedQuestion({
      brandId: TELCO.id,
      title: 'El contestador gazorpazorp no graba',
      answerBody: 'Primera respuesta.',
    });
    const later = {
      ...doc,
      answerId: randomUUID(),
      answerBody: 'Segunda respuesta, la buena.',
      resolvedAt: new Date(doc.resolvedAt.getTime() + 60_000),
    };
    // Delivered in either order, the later resolution wins.
    await publish(questionResolvedEvent(later));
    await publish(questionResolvedEvent(doc));
    await eventually(async () => {
      await drainEvents(service);
      const hits = await hitsFor('contestador gazorpazorp');
      expect(hits.map((h) => h.excerpt)).toEqual(['Segunda respuesta, la buena.']);
    });
  });
});

describe('demo seed', () => {
  it('indexes every resolved demo question once and remembers every demo question, however often it runs', async () => {
    await seedService(search, await testDatabaseUrl('search_index'));
    const ids = DEMO_QUESTIONS.map((q) => q.id);
    const count = async (table: string) => {
      const [row] = await service.orm.em
        .fork()
        .execute<{ n: string }[]>(
          `select count(*) as n from search.${table} where question_id in (${ids.map(() => '?').join(', ')})`,
          ids,
        );
      return Number(row!.n);
    };
    expect(await count('indexed_question')).toBe(DEMO_QUESTIONS.filter((q) => q.state === 'resolved').length);
    expect(await count('question_text')).toBe(DEMO_QUESTIONS.length);
  });
});
