// Answering and accepting. The question row is locked for each change, so concurrent accepts resolve once.
import { LockMode, sql } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import {
  ANSWER_POSTED,
  QUESTION_RESOLVED,
  type AnswerPosted,
  type QuestionResolved,
} from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { announce, QuestionFeedKind } from '../feed/feed.topics.ts';
import { hasLiveClaim } from '../claim/claim.service.ts';
import { brandPolicy } from '../policy/brand-policy.ts';
import { publicText, seesPersonalData } from '../privacy/visibility.ts';
import { ACTIVE_STATUSES, Question, QuestionStatus } from '../question/question.entity.ts';
import { isUuid } from '../validation/uuid.ts';
import { Answer } from './answer.entity.ts';
import type { AcceptAnswerInput, PostAnswerInput } from './answer.input.ts';

export interface AnswerCounts {
  shared: number;
  private: number;
}

/** An answer ends the answering expert's claim (and acceptance any claim): nobody holds an answered question. */
function clearClaim(question: Question): void {
  question.claimedByUserId = null;
  question.claimId = null;
  question.claimedAt = null;
  question.claimExpiresAt = null;
}

export class AnswerService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  async byIds(ids: readonly string[]): Promise<(Answer | null)[]> {
    const valid = ids.filter(isUuid);
    const found = valid.length ? await this.em.find(Answer, { id: { $in: valid } }) : [];
    const byId = new Map(found.map((answer) => [answer.id, answer]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Answers of each question, oldest first, in one query. */
  async forQuestions(questionIds: readonly string[]): Promise<Answer[][]> {
    const found = await this.em.find(Answer, { questionId: { $in: [...questionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return questionIds.map((id) => found.filter((answer) => answer.questionId === id));
  }

  /** How many answers (shared, and agents' private replies) each question has, in one query. */
  async countFor(questionIds: readonly string[]): Promise<AnswerCounts[]> {
    const rows = await this.em
      .createQueryBuilder(Answer)
      .select(['questionId', sql`count(*) filter (where not private)`.as('shared_count'), sql`count(*) filter (where private)`.as('private_count')])
      .where({ questionId: { $in: [...questionIds] } })
      .groupBy('questionId')
      .execute<{ questionId: string; shared_count: string | number; private_count: string | number }[]>();
    const counts = new Map(rows.map((row) => [row.questionId, { shared: Number(row.shared_count), private: Number(row.private_count) }]));
    return questionIds.map((id) => counts.get(id) ?? { shared: 0, private: 0 });
  }

  /** Like byIds, but an agent's private reply is null for anyone who may not see it (federation resolves by id). */
  async visibleByIds(viewer: Viewer, ids: readonly string[]): Promise<(Answer | null)[]> {
    const answers = await this.byIds(ids);
    const privateOnes = answers.filter((answer) => answer?.isPrivate).map((answer) => answer!.questionId);
    const questions = privateOnes.length ? await this.em.find(Question, { id: { $in: privateOnes } }) : [];
    const byId = new Map(questions.map((question) => [question.id, question]));
    return answers.map((answer) => {
      if (!answer?.isPrivate) return answer;
      const question = byId.get(answer.questionId);
      return question && seesPersonalData(viewer, question) ? answer : null;
    });
  }

  /** An expert of the question's brand answers it, unless it is resolved or closed, or someone else holds the claim. */
  async post(viewer: Viewer, input: PostAnswerInput): Promise<Answer> {
    requireUser(viewer);
    const { answer, question } = await this.em.transactional(async (em) => {
      const question = await this.lockQuestion(em, input.questionId);
      const expert = requireRole(viewer, question.brandId, ['expert']);
      if (question.authorId === expert.userId) throw forbidden('You cannot answer your own question.');
      if (!ACTIVE_STATUSES.includes(question.status)) throw conflict('This question no longer takes answers from experts.');
      const now = new Date();
      const holdsClaim = hasLiveClaim(question, now) && question.claimedByUserId === expert.userId;
      if (hasLiveClaim(question, now) && !holdsClaim) throw conflict('Another expert is answering this question right now.');
      if (!holdsClaim && !(await brandPolicy(em, question.brandId)).openAnswering) {
        throw conflict('Claim this question before answering it.');
      }
      const answer = em.create(Answer, {
        questionId: question.id,
        brandId: question.brandId,
        authorId: expert.userId,
        body: input.body.trim(),
        createdAt: now,
      });
      question.firstAnswerAt ??= now;
      if (question.status === QuestionStatus.OPEN || question.status === QuestionStatus.CLAIMED) {
        question.status = QuestionStatus.ANSWERED;
        clearClaim(question);
      }
      await em.persist(answer).flush();
      const event: AnswerPosted = {
        questionId: question.id,
        answerId: answer.id,
        brandId: question.brandId,
        expertUserId: answer.authorId,
        postedAt: answer.createdAt.toISOString(),
      };
      await publishEvent(em, ANSWER_POSTED, { ...event });
      return { answer, question };
    });
    await announce(this.pubsub, question.brandId, { kind: QuestionFeedKind.ANSWERED, questionId: question.id });
    return answer;
  }

  /** The asker accepts one answer and rates it: the question is resolved, and experts and rewards hear of it. */
  async accept(viewer: Viewer, input: AcceptAnswerInput): Promise<Question> {
    const asker = requireUser(viewer);
    const question = await this.em.transactional(async (em) => {
      const answer = isUuid(input.answerId) ? await em.findOne(Answer, { id: input.answerId }) : null;
      if (!answer) throw notFound('Answer');
      const question = await this.lockQuestion(em, answer.questionId);
      if (question.authorId !== asker.userId) throw forbidden('Only the person who asked can accept an answer.');
      if (question.status === QuestionStatus.RESOLVED) throw conflict('This question is already resolved.');
      if (question.status === QuestionStatus.CLOSED) throw conflict('This question is closed.');
      if (answer.isPrivate) throw conflict('An agent’s reply cannot be accepted: it never pays.');
      const now = new Date();
      answer.accepted = true;
      question.status = QuestionStatus.RESOLVED;
      question.acceptedAnswerId = answer.id;
      question.rating = input.rating;
      question.ratingComment = input.comment?.trim() || null;
      question.resolvedAt = now;
      clearClaim(question);
      await em.flush();
      const firstAnswerAt = question.firstAnswerAt ?? answer.createdAt;
      const event: QuestionResolved = {
        questionId: question.id,
        brandId: question.brandId,
        category: question.category,
        language: question.language,
        // Search indexes these publicly: personal data stays out.
        title: publicText(question.brandId, question.title),
        body: publicText(question.brandId, question.body),
        answerId: answer.id,
        answerBody: answer.body,
        expertUserId: answer.authorId,
        rating: input.rating,
        askedAt: question.createdAt.toISOString(),
        firstAnswerAt: firstAnswerAt.toISOString(),
        resolvedAt: now.toISOString(),
        timeToFirstAnswerMs: firstAnswerAt.getTime() - question.createdAt.getTime(),
        timeToResolutionMs: now.getTime() - question.createdAt.getTime(),
      };
      await publishEvent(em, QUESTION_RESOLVED, { ...event });
      return question;
    });
    await announce(this.pubsub, question.brandId, { kind: QuestionFeedKind.RESOLVED, questionId: question.id });
    return question;
  }

  private async lockQuestion(em: EntityManager, id: string): Promise<Question> {
    const question = isUuid(id) ? await em.findOne(Question, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!question) throw notFound('Question');
    return question;
  }
}
