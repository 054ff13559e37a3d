import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export enum RoutingStatus {
  /** Waiting for a claim: waves keep widening. */
  ROUTING = 'ROUTING',
  CLAIMED = 'CLAIMED',
  /** Resolved or closed: nothing more to route. */
  DONE = 'DONE',
}

/** A question as routing knows it: learnt from questions' events, never read from its tables. */
@Entity({ tableName: 'routed_question' })
export class RoutedQuestion {
  /** The question's id. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'text' })
  category!: string;

  @Property({ type: 'text' })
  language!: string;

  @Enum({ items: () => RoutingStatus })
  status!: RoutingStatus;

  @Property({ type: 'integer' })
  round: Opt<number> = 1;

  /** The last wave offered; a scheduled RoutingWave for any other next wave is stale. */
  @Property({ type: 'integer' })
  wave: Opt<number> = 0;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}

/** An expert's claim on a question, as announced by questions; open claims are the expert's load. */
@Entity({ tableName: 'claim' })
export class Claim {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'datetime' })
  claimedAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  releasedAt: Date | null = null;
}
