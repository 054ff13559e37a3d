import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OfferStatus {
  OFFERED = 'OFFERED',
  DECLINED = 'DECLINED',
  /** Left unanswered until it lapsed: counts against the expert's responsiveness. */
  EXPIRED = 'EXPIRED',
  CLAIMED_BY_OTHER = 'CLAIMED_BY_OTHER',
  ACCEPTED = 'ACCEPTED',
  /** The question was resolved or closed while the offer was open. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(OfferStatus, { name: 'OfferStatus', description: 'Where an offer of a question to an expert stands.' });

/** How long an expert has to claim an offered question before the offer lapses. */
export const OFFER_TTL_MS = 10 * 60_000;

@ObjectType('Offer', { description: 'A question offered to one expert by routing.' })
@Entity({ tableName: 'offer' })
export class Offer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'uuid' })
  expertId!: string;

  /** The expert's user, so a person's inbox spans brands without a join. */
  @Property({ type: 'uuid' })
  userId!: string;

  /** Routing starts a new round when a claim is given back. */
  @Property({ type: 'integer' })
  round!: number;

  @Field(() => Int, { description: 'The widening step that reached this expert: 1 for the first offers.' })
  @Property({ type: 'integer' })
  wave!: number;

  @Property({ type: 'double' })
  score!: number;

  @Field(() => OfferStatus)
  @Enum({ items: () => OfferStatus })
  status: Opt<OfferStatus> = OfferStatus.OFFERED;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  offeredAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;
}
