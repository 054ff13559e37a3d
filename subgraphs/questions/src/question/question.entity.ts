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

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Markdown, as the asker wrote it.' })
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
