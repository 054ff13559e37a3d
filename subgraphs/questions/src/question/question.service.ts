// Asking, editing, closing and reading questions. Every write commits together with the events it causes.
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import {
  QUESTION_ASKED,
  QUESTION_CLOSED,
  SLA_DEADLINE,
  type QuestionAsked,
  type QuestionClosed,
  type SlaDeadline,
} from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireCommunityRead, requireRole, requireScope, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { Answer } from '../answer/answer.entity.ts';
import { escalate } from '../escalation/escalate.ts';
import { announce, announceToAgents, announceUpdate, QuestionFeedKind } from '../feed/feed.topics.ts';
import { brandPolicy } from '../policy/brand-policy.ts';
import { detectPersonalData } from '../privacy/personal-data.ts';
import { isStaff, personalDataOptions, publicText } from '../privacy/visibility.ts';
import { isUuid } from '../validation/uuid.ts';
import { decodeCursor, encodeCursor, type QuestionConnection } from './question.connection.ts';
import { ACTIVE_STATUSES, EscalationReason, FINAL_STATUSES, Question, QuestionStatus } from './question.entity.ts';
import { DEFAULT_PAGE_SIZE, type AskQuestionInput, type CloseQuestionInput, type EditQuestionInput, type QuestionsArgs } from './question.input.ts';

const MINUTE = 60_000;

const holdsPersonalData = (question: Question): boolean =>
  detectPersonalData(`${question.title}\n${question.body}`, personalDataOptions(question.brandId)).length > 0;

/** Any member of the brand asks as themselves; a partner key with write:questions asks as the admin who created it. */
function askerOf(viewer: Viewer, brandId: string): string {
  if (viewer.kind !== 'partner') return requireRole(viewer, brandId, ['customer', 'expert', 'agent', 'admin']).userId;
  requireScope(viewer, brandId, 'write:questions');
  if (!viewer.actorId) throw forbidden('This API key has no creator to ask as.');
  return viewer.actorId;
}

export class QuestionService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  /** Communities are public: anyone may read a question (partner keys: of their brand, with read:community). */
  async read(viewer: Viewer, id: string): Promise<Question | null> {
    const question = await this.byId(id);
    if (question) requireCommunityRead(viewer, question.brandId);
    return question;
  }

  /** An unknown id is simply null. */
  byId(id: string): Promise<Question | null> {
    return isUuid(id) ? this.em.findOne(Question, { id }) : Promise.resolve(null);
  }

  /** One query for a batch of ids; results in the order asked, null where unknown. */
  async byIds(ids: readonly string[]): Promise<(Question | null)[]> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.em.find(Question, { id: { $in: valid } }) : [];
    const byId = new Map(found.map((question) => [question.id, question]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** A brand's questions, newest first; keyset pagination on (createdAt, id) so pages never shift. */
  async list(viewer: Viewer, args: QuestionsArgs): Promise<QuestionConnection> {
    requireCommunityRead(viewer, args.brandId);
    const after = args.after ? decodeCursor(args.after) : undefined;
    if (!isUuid(args.brandId)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const where: FilterQuery<Question> = { brandId: args.brandId };
    if (args.status) where.status = args.status;
    if (after) where.$or = [{ createdAt: { $lt: after.createdAt } }, { createdAt: after.createdAt, id: { $lt: after.id } }];
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.em.find(Question, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 });
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Any member of the brand may ask. The category is checked only for shape: the brand's category list lives
   * in identity, which this service cannot read. A question holding personal data goes straight to agents and
   * is never offered to experts; any other starts its SLA clock.
   */
  async ask(viewer: Viewer, input: AskQuestionInput): Promise<Question> {
    const authorId = askerOf(viewer, input.brandId);
    const question = await this.em.transactional(async (em) => {
      const created = em.create(Question, {
        brandId: input.brandId,
        authorId,
        title: input.title.trim(),
        body: input.body.trim(),
        category: input.category,
        language: input.language ?? 'en',
      });
      await em.persist(created).flush();
      if (holdsPersonalData(created)) {
        await escalate(em, created, EscalationReason.PERSONAL_DATA);
        return created;
      }
      const event: QuestionAsked = {
        questionId: created.id,
        brandId: created.brandId,
        authorId: created.authorId,
        // Experts and search read this: never the personal data (none is here, but account patterns may widen).
        title: publicText(created.brandId, created.title),
        body: publicText(created.brandId, created.body),
        category: created.category,
        language: created.language,
        askedAt: created.createdAt.toISOString(),
      };
      await publishEvent(em, QUESTION_ASKED, { ...event });
      const { slaMinutes } = await brandPolicy(em, created.brandId);
      const deadline: SlaDeadline = { questionId: created.id };
      await publishEvent(em, SLA_DEADLINE, { ...deadline }, { deliverAt: new Date(created.createdAt.getTime() + slaMinutes * MINUTE) });
      return created;
    });
    await announce(this.pubsub, question.brandId, { kind: QuestionFeedKind.ASKED, questionId: question.id });
    if (question.escalatedAt) await announceToAgents(this.pubsub, question.brandId, question.id);
    return question;
  }

  /** The asker may reword a question until it has its first answer; new personal data escalates it. */
  async edit(viewer: Viewer, input: EditQuestionInput): Promise<Question> {
    const user = requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const question = await this.lock(em, input.questionId);
      if (question.authorId !== user.userId) throw forbidden('Only the person who asked can edit a question.');
      if (FINAL_STATUSES.includes(question.status)) throw conflict(`A ${question.status.toLowerCase()} question cannot be edited.`);
      if (question.firstAnswerAt || (await em.count(Answer, { questionId: question.id }))) {
        throw conflict('A question cannot be edited once it has an answer.');
      }
      if (input.title !== undefined) question.title = input.title.trim();
      if (input.body !== undefined) question.body = input.body.trim();
      if (input.category !== undefined) question.category = input.category;
      await em.flush();
      if (ACTIVE_STATUSES.includes(question.status) && holdsPersonalData(question)) {
        await escalate(em, question, EscalationReason.PERSONAL_DATA);
      }
      return question;
    });
    await announceUpdate(this.pubsub, question.id);
    if (question.escalatedAt) await announceToAgents(this.pubsub, question.brandId, question.id);
    return question;
  }

  /** The asker, or an agent or admin of the brand, closes a question without resolution: nobody is paid. */
  async close(viewer: Viewer, input: CloseQuestionInput): Promise<Question> {
    const user = requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const question = await this.lock(em, input.questionId);
      if (question.authorId !== user.userId && !isStaff(user, question.brandId)) {
        throw forbidden('Only the person who asked, or an agent of the brand, can close a question.');
      }
      if (FINAL_STATUSES.includes(question.status)) throw conflict(`This question is already ${question.status.toLowerCase()}.`);
      const now = new Date();
      question.status = QuestionStatus.CLOSED;
      question.closedAt = now;
      question.closeReason = input.reason?.trim() || null;
      question.claimedByUserId = null;
      question.claimId = null;
      question.claimedAt = null;
      question.claimExpiresAt = null;
      await em.flush();
      const event: QuestionClosed = { questionId: question.id, brandId: question.brandId, closedAt: now.toISOString() };
      await publishEvent(em, QUESTION_CLOSED, { ...event });
      return question;
    });
    await announceUpdate(this.pubsub, question.id);
    if (question.escalatedAt) await announceToAgents(this.pubsub, question.brandId, question.id);
    return question;
  }

  private async lock(em: EntityManager, id: string): Promise<Question> {
    const question = isUuid(id) ? await em.findOne(Question, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!question) throw notFound('Question');
    return question;
  }
}
