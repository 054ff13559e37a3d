// Test helpers: a migrated, seeded search service on a per-worker database, and factories for its data.
import { randomUUID } from 'node:crypto';
import { transaction } from '@peerdesk/runtime/database';
import type { QuestionAsked, QuestionResolved } from '@peerdesk/runtime/events.contract';
import { migrateService, seedService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql, type GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import { ANONYMOUS, type Viewer } from '@peerdesk/runtime/viewer';
import { searchAdapterFor } from '../index/search.adapter.factory.ts';
import type { IndexedQuestion } from '../index/search.adapter.ts';
import { search } from '../service.ts';

export async function startSearch(suffix: string): Promise<RunningService> {
  const databaseUrl = await testDatabaseUrl(suffix);
  await migrateService(search, databaseUrl);
  await seedService(search, databaseUrl);
  return startService(search, { port: 0, databaseUrl });
}

export async function call<T = Record<string, unknown>>(
  service: RunningService,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer = ANONYMOUS,
): Promise<GraphQLResponse<T>> {
  return graphql<T>(service.url, query, variables, await asViewer(viewer));
}

export function resolvedQuestion(
  overrides: Partial<IndexedQuestion> & Pick<IndexedQuestion, 'brandId' | 'title'>,
): IndexedQuestion {
  return {
    questionId: randomUUID(),
    language: 'es',
    body: 'Necesito ayuda con esto.',
    answerId: randomUUID(),
    answerBody: 'Prueba a reiniciar el dispositivo.',
    answerAuthorId: randomUUID(),
    resolvedAt: new Date(),
    ...overrides,
  };
}

/** Indexes documents directly through the engine adapter (as the QuestionResolved consumer would). */
export async function indexQuestions(service: RunningService, ...docs: IndexedQuestion[]): Promise<void> {
  await transaction(service.orm, (em) => searchAdapterFor(em).index(docs));
}

export function questionResolvedEvent(doc: IndexedQuestion): QuestionResolved {
  const at = doc.resolvedAt.toISOString();
  return {
    questionId: doc.questionId,
    brandId: doc.brandId,
    category: 'roaming',
    language: doc.language,
    title: doc.title,
    body: doc.body,
    answerId: doc.answerId,
    answerBody: doc.answerBody,
    expertUserId: doc.answerAuthorId,
    rating: 5,
    askedAt: at,
    firstAnswerAt: at,
    resolvedAt: at,
    timeToFirstAnswerMs: 0,
    timeToResolutionMs: 0,
  };
}

export function questionAskedEvent(
  fields: Pick<QuestionAsked, 'brandId' | 'title' | 'body'> & Partial<QuestionAsked>,
): QuestionAsked {
  return {
    questionId: randomUUID(),
    authorId: randomUUID(),
    category: 'roaming',
    language: 'es',
    askedAt: new Date().toISOString(),
    ...fields,
  };
}

/** Applies every due event now (the running consumer may race us; deliveries are locked, so that is safe). */
export async function drainEvents(service: RunningService): Promise<void> {
  await service.consumer?.drain();
}

export const SIMILAR = `query ($brandId: ID!, $text: String!, $language: String, $first: Int) {
  similarQuestions(brandId: $brandId, text: $text, language: $language, first: $first) {
    question { id } title excerpt highlights score duplicate
  }
}`;

export interface SimilarResult {
  similarQuestions: { question: { id: string }; title: string; excerpt: string; highlights: string[]; score: number; duplicate: boolean }[];
}

/** Retries `check` until it stops throwing (events are applied asynchronously by the running consumer). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
