// Asking and reading questions. Every write commits together with the event it causes.
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@peerdesk/runtime/database';
import { QUESTION_ASKED, type QuestionAsked } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, type Viewer } from '@peerdesk/runtime/viewer';
import { announce, QuestionFeedKind } from '../feed/feed.topics.ts';
import { isUuid } from '../validation/uuid.ts';
import { decodeCursor, encodeCursor, type QuestionConnection } from './question.connection.ts';
import { Question } from './question.entity.ts';
import { DEFAULT_PAGE_SIZE, type AskQuestionInput, type QuestionsArgs } from './question.input.ts';

export class QuestionService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  /** Communities are public: anyone may read a question; an unknown id is simply null. */
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
  async list(args: QuestionsArgs): Promise<QuestionConnection> {
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
   * in identity, which this service cannot read.
   */
  async ask(viewer: Viewer, input: AskQuestionInput): Promise<Question> {
    const user = requireRole(viewer, input.brandId, ['customer', 'expert', 'agent', 'admin']);
    const question = await this.em.transactional(async (em) => {
      const created = em.create(Question, {
        brandId: input.brandId,
        authorId: user.userId,
        title: input.title.trim(),
        body: input.body.trim(),
        category: input.category,
        language: input.language ?? 'en',
      });
      await em.persist(created).flush();
      const event: QuestionAsked = {
        questionId: created.id,
        brandId: created.brandId,
        authorId: created.authorId,
        title: created.title,
        body: created.body,
        category: created.category,
        language: created.language,
        askedAt: created.createdAt.toISOString(),
      };
      await publishEvent(em, QUESTION_ASKED, { ...event });
      return created;
    });
    await announce(this.pubsub, question.brandId, { kind: QuestionFeedKind.ASKED, questionId: question.id });
    return question;
  }
}
