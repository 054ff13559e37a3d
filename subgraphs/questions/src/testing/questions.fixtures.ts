// Factories for the questions integration tests: a running service, brands, members and GraphQL calls as them.
import { randomUUID } from 'node:crypto';
import { migrateService, startService, type RunningService } from '@peerdesk/runtime/service';
import { asViewer, graphql, type GraphQLResponse } from '@peerdesk/runtime/testing/client';
import { testDatabaseUrl } from '@peerdesk/runtime/testing/database';
import type { Role, Viewer } from '@peerdesk/runtime/viewer';
import { questions } from '../service.ts';

export async function startQuestions(suffix: string): Promise<RunningService> {
  const databaseUrl = await testDatabaseUrl(suffix);
  await migrateService(questions, databaseUrl);
  return startService(questions, { port: 0, databaseUrl });
}

export interface Member {
  userId: string;
  viewer: Viewer;
}

/** A new signed-in user holding `roles` in `brandId` (brands are just ids here: identity owns them). */
export function member(brandId: string, roles: Role[]): Member {
  const userId = randomUUID();
  return { userId, viewer: { kind: 'user', userId, sessionId: randomUUID(), memberships: [{ brandId, roles }] } };
}

/** A fresh brand with a customer and two experts, so tests never share rows. */
export function community() {
  const brandId = randomUUID();
  return { brandId, asker: member(brandId, ['customer']), expert: member(brandId, ['customer', 'expert']), expert2: member(brandId, ['expert']) };
}

export async function call<T = Record<string, unknown>>(
  service: RunningService,
  viewer: Viewer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return graphql<T>(service.url, query, variables, await asViewer(viewer));
}

export const ASK = `mutation ($input: AskQuestionInput!) {
  askQuestion(input: $input) { id title body category language status answerCount rating createdAt brand { id } author { id } }
}`;
export const POST_ANSWER = `mutation ($input: PostAnswerInput!) {
  postAnswer(input: $input) { id body accepted score author { id } question { id status answerCount } }
}`;
export const ACCEPT = `mutation ($input: AcceptAnswerInput!) {
  acceptAnswer(input: $input) { id status rating resolvedAt answers { id accepted } }
}`;

export interface AskedQuestion {
  id: string;
  status: string;
  createdAt: string;
}

export async function ask(service: RunningService, asker: Member, brandId: string, overrides: Record<string, unknown> = {}): Promise<AskedQuestion> {
  const input = { brandId, title: 'Gems missing after purchase', body: 'I bought gems on mobile and they never arrived.', category: 'purchases', ...overrides };
  const result = await call<{ askQuestion: AskedQuestion }>(service, asker.viewer, ASK, { input });
  if (!result.data?.askQuestion) throw new Error(`askQuestion failed: ${JSON.stringify(result.errors)}`);
  return result.data.askQuestion;
}

export async function answer(service: RunningService, expert: Member, questionId: string, body = 'Restore purchases from the settings screen.'): Promise<{ id: string }> {
  const result = await call<{ postAnswer: { id: string } }>(service, expert.viewer, POST_ANSWER, { input: { questionId, body } });
  if (!result.data?.postAnswer) throw new Error(`postAnswer failed: ${JSON.stringify(result.errors)}`);
  return result.data.postAnswer;
}

export const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

export const CLAIM = `mutation ($input: ClaimQuestionInput!) {
  claimQuestion(input: $input) { id status claim { expert { id } claimedAt expiresAt } }
}`;
export const RELEASE = `mutation ($input: ReleaseClaimInput!) { releaseClaim(input: $input) { id status claim { expert { id } } } }`;
export const QUESTION = `query ($id: ID!) {
  question(id: $id) {
    id title body status personalDataRedacted answerCount
    claim { expert { id } expiresAt }
    escalation { reason escalatedAt agent { id } note }
    answers { id body private }
  }
}`;

/** A member of the brand's staff (agents see escalations and personal data). */
export const agentOf = (brandId: string) => member(brandId, ['agent']);

/** Payloads of the events of `type` about one question, oldest first. */
export const eventsOf = (service: RunningService, type: string, questionId: string) =>
  service.orm.em
    .fork()
    .execute<{ payload: Record<string, unknown>; deliver_at: Date | null }[]>(
      `select payload, deliver_at from bus.event where type = ? and payload->>'questionId' = ? order by occurred_at`,
      [type, questionId],
    )
    .then((rows) => rows.map((row): Record<string, unknown> & { deliverAt: Date | null } => ({ ...row.payload, deliverAt: row.deliver_at })));

/** Makes this service's scheduled deliveries of `type` for the question due now, as if their time had come. */
export async function makeDue(service: RunningService, type: string, questionId: string): Promise<void> {
  await service.orm.em.fork().execute(
    `update bus.delivery d set available_at = now() from bus.event e
      where e.id = d.event_id and d.consumer = 'questions' and e.type = ? and e.payload->>'questionId' = ?`,
    [type, questionId],
  );
}

/** Reads a question as `viewer`. */
export async function read(service: RunningService, viewer: Viewer, id: string) {
  const result = await call<{ question: Record<string, unknown> & { status: string } }>(service, viewer, QUESTION, { id });
  if (!result.data?.question) throw new Error(`question failed: ${JSON.stringify(result.errors)}`);
  return result.data.question;
}
