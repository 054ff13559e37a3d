import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum QuestionStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  ANSWERED = 'ANSWERED',
  RESOLVED = 'RESOLVED',
  ESCALATED = 'ESCALATED',
  CLOSED = 'CLOSED',
}

registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  valuesConfig: {
    OPEN: { description: 'Waiting for an expert.' },
    CLAIMED: { description: 'An expert holds a time-boxed claim on it.' },
    ANSWERED: { description: 'At least one answer; the asker has not accepted one yet.' },
    RESOLVED: { description: 'The asker accepted an answer and rated it.' },
    ESCALATED: { description: 'Handed to the brand’s agents.' },
    CLOSED: { description: 'Closed without resolution.' },
  },
});

export type QuestionLanguage = 'en' | 'es';

export enum EscalationReason {
  ASKER_REQUEST = 'ASKER_REQUEST',
  SLA_BREACH = 'SLA_BREACH',
  PERSONAL_DATA = 'PERSONAL_DATA',
}

registerEnumType(EscalationReason, {
  name: 'EscalationReason',
  valuesConfig: {
    ASKER_REQUEST: { description: 'The asker asked for an agent.' },
    SLA_BREACH: { description: 'Still unresolved at the brand’s SLA deadline.' },
    PERSONAL_DATA: { description: 'The question holds personal data only agents may handle.' },
  },
});

/** Statuses in which experts may still work on a question (claim, answer) and the SLA clock runs. */
export const ACTIVE_STATUSES: readonly QuestionStatus[] = [QuestionStatus.OPEN, QuestionStatus.CLAIMED, QuestionStatus.ANSWERED];

/** Statuses in which a question takes no more answers or acceptances. */
export const FINAL_STATUSES: readonly QuestionStatus[] = [QuestionStatus.RESOLVED, QuestionStatus.CLOSED];

// authorId and claim fields stay off the GraphQL surface: the asker is exposed only as `author: User`,
// whose visible fields identity decides (experts never see a customer's personal data).
@ObjectType({ description: 'A customer’s question in a brand community.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'question' })
export class Question {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'uuid' })
  authorId!: string;

  /** As the asker wrote it; GraphQL shows it redacted to anyone but the asker and the brand's agents. */
  @Property({ type: 'text' })
  title!: string;

  /** Markdown, as the asker wrote it; redacted like the title. */
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { description: 'Slug of one of the brand’s categories.' })
  @Property({ type: 'string' })
  category!: string;

  @Field(() => String, { description: 'ISO 639-1 code: en or es.' })
  @Property({ type: 'string' })
  language!: QuestionLanguage;

  @Field(() => QuestionStatus)
  @Property({ type: 'string' })
  status: Opt<QuestionStatus> = QuestionStatus.OPEN;

  @Property({ type: 'uuid', nullable: true })
  claimedByUserId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  claimExpiresAt: Date | null = null;

  /** Identifies one claim, so a late expiry of an earlier claim never releases a newer one. */
  @Property({ type: 'uuid', nullable: true })
  claimId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  claimedAt: Date | null = null;

  @Property({ type: 'string', nullable: true })
  escalationReason: EscalationReason | null = null;

  /** The asker's words when asking for an agent; may hold personal data. */
  @Property({ type: 'text', nullable: true })
  escalationNote: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  escalatedAt: Date | null = null;

  /** The agent who took the escalation. */
  @Property({ type: 'uuid', nullable: true })
  escalationAgentUserId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  firstAnswerAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  acceptedAnswerId: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The asker’s rating of the accepted answer, 1–5.' })
  @Property({ type: 'integer', nullable: true })
  rating: number | null = null;

  @Property({ type: 'text', nullable: true })
  ratingComment: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
