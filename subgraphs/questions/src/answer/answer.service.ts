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
import { FINAL_STATUSES, Question, QuestionStatus } from '../question/question.entity.ts';
import { isUuid } from '../validation/uuid.ts';
import { Answer } from './answer.entity.ts';
import type { AcceptAnswerInput, PostAnswerInput } from './answer.input.ts';

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

  /** How many answers each question has, in one query. */
  async countFor(questionIds: readonly string[]): Promise<number[]> {
    const rows = await this.em
      .createQueryBuilder(Answer)
      .select(['questionId', sql`count(*)`.as('n')])
      .where({ questionId: { $in: [...questionIds] } })
      .groupBy('questionId')
      .execute<{ questionId: string; n: string | number }[]>();
    const counts = new Map(rows.map((row) => [row.questionId, Number(row.n)]));
    return questionIds.map((id) => counts.get(id) ?? 0);
  }

  /** An expert of the question's brand answers it, unless it is resolved or closed, or someone else holds the claim. */
  async post(viewer: Viewer, input: PostAnswerInput): Promise<Answer> {
    requireUser(viewer);
    const { answer, question } = await this.em.transactional(async (em) => {
      const question = await this.lockQuestion(em, input.questionId);
      const expert = requireRole(viewer, question.brandId, ['expert']);
      if (question.authorId === expert.userId) throw forbidden('You cannot answer your own question.');
      if (FINAL_STATUSES.includes(question.status)) throw conflict('This question no longer takes answers.');
      const now = new Date();
      const claimedByOther =
        question.status === QuestionStatus.CLAIMED &&
        question.claimedByUserId !== expert.userId &&
        (question.claimExpiresAt?.getTime() ?? 0) > now.getTime();
      if (claimedByOther) throw conflict('Another expert is answering this question right now.');
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
        question.claimedByUserId = null;
        question.claimExpiresAt = null;
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
      const now = new Date();
      answer.accepted = true;
      question.status = QuestionStatus.RESOLVED;
      question.acceptedAnswerId = answer.id;
      question.rating = input.rating;
      question.ratingComment = input.comment?.trim() || null;
      question.resolvedAt = now;
      question.claimedByUserId = null;
      question.claimExpiresAt = null;
      await em.flush();
      const firstAnswerAt = question.firstAnswerAt ?? answer.createdAt;
      const event: QuestionResolved = {
        questionId: question.id,
        brandId: question.brandId,
        category: question.category,
        language: question.language,
        title: question.title,
        body: question.body,
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
