// The agents' side: the escalation queue (with personal data), taking one, private replies. Askers escalate here too.
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, requireRoleOrScope, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { Answer } from '../answer/answer.entity.ts';
import { announceToAgents, announceUpdate } from '../feed/feed.topics.ts';
import { decodeCursor, encodeCursor, type QuestionConnection } from '../question/question.connection.ts';
import { ACTIVE_STATUSES, EscalationReason, Question, QuestionStatus } from '../question/question.entity.ts';
import { DEFAULT_PAGE_SIZE } from '../question/question.input.ts';
import { isUuid } from '../validation/uuid.ts';
import { escalate } from './escalate.ts';
import type { AnswerEscalationInput, EscalateQuestionInput, EscalationsArgs, TakeEscalationInput } from './escalation.type.ts';

const STAFF = ['agent', 'admin'] as const;

export class EscalationService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  /** The asker hands an unresolved question to the agents. */
  async escalate(viewer: Viewer, input: EscalateQuestionInput): Promise<Question> {
    const user = requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const question = await this.lock(em, input.questionId);
      if (question.authorId !== user.userId) throw forbidden('Only the person who asked can escalate a question.');
      if (!ACTIVE_STATUSES.includes(question.status)) throw conflict(`A ${question.status.toLowerCase()} question cannot be escalated.`);
      await escalate(em, question, EscalationReason.ASKER_REQUEST, input.reason?.trim() || null);
      return question;
    });
    await announceUpdate(this.pubsub, question.id);
    await announceToAgents(this.pubsub, question.brandId, question.id);
    return question;
  }

  /** A brand's escalated questions, oldest first (the queue order), for its agents and admins only. */
  async queue(viewer: Viewer, args: EscalationsArgs): Promise<QuestionConnection> {
    requireRoleOrScope(viewer, args.brandId, STAFF, 'read:personal-data');
    const after = args.after ? decodeCursor(args.after) : undefined;
    const where: FilterQuery<Question> = { brandId: args.brandId, status: QuestionStatus.ESCALATED };
    if (after) where.$or = [{ createdAt: { $gt: after.createdAt } }, { createdAt: after.createdAt, id: { $gt: after.id } }];
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const rows = await this.em.find(Question, where, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: first + 1 });
    const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(node), node }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** An agent takes an escalated question; taking one's own again is a no-op, another agent's is a conflict. */
  async take(viewer: Viewer, input: TakeEscalationInput): Promise<Question> {
    requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const question = await this.lock(em, input.questionId);
      const agent = requireRole(viewer, question.brandId, STAFF);
      this.assign(question, agent.userId);
      await em.flush();
      return question;
    });
    await announceUpdate(this.pubsub, question.id);
    await announceToAgents(this.pubsub, question.brandId, question.id);
    return question;
  }

  /** A private reply by an agent (taking the escalation if nobody has); never an expert answer, never paid. */
  async answer(viewer: Viewer, input: AnswerEscalationInput): Promise<Answer> {
    requireUser(viewer);
    const answer = await this.em.transactional(async (em) => {
      const question = await this.lock(em, input.questionId);
      const agent = requireRole(viewer, question.brandId, STAFF);
      this.assign(question, agent.userId);
      const reply = em.create(Answer, {
        questionId: question.id,
        brandId: question.brandId,
        authorId: agent.userId,
        body: input.body.trim(),
        isPrivate: true,
      });
      await em.persist(reply).flush();
      return reply;
    });
    await announceUpdate(this.pubsub, answer.questionId);
    await announceToAgents(this.pubsub, answer.brandId, answer.questionId);
    return answer;
  }

  private assign(question: Question, agentUserId: string): void {
    if (question.status !== QuestionStatus.ESCALATED) throw conflict('This question is not waiting for an agent.');
    if (question.escalationAgentUserId && question.escalationAgentUserId !== agentUserId) {
      throw conflict('Another agent has already taken this escalation.');
    }
    question.escalationAgentUserId = agentUserId;
  }

  /** The question row is locked so two agents taking it at once cannot both win. */
  private async lock(em: EntityManager, id: string): Promise<Question> {
    const question = isUuid(id) ? await em.findOne(Question, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!question) throw notFound('Question');
    return question;
  }
}
