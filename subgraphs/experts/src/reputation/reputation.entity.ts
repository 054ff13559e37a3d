import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { REPUTATION_REASONS, type ReputationReason } from './reputation.rules.ts';

/**
 * One change of an expert's reputation. Append-only: reputation is the sum of the ledger, and a replayed bus event
 * cannot count twice because (eventId, reason) is unique.
 */
@Entity({ tableName: 'reputation_event' })
@Unique({ properties: ['eventId', 'reason'] })
@Index({ properties: ['brandId', 'createdAt'] })
export class ReputationEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'integer' })
  points!: number;

  @Enum({ items: () => [...REPUTATION_REASONS] })
  reason!: ReputationReason;

  @Property({ type: 'uuid', nullable: true })
  questionId: string | null = null;

  /** The bus event that caused this change. */
  @Property({ type: 'uuid', nullable: true })
  eventId: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
