import { IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InboxEventKind } from './inbox.topics.ts';
import { Offer } from './offer.entity.ts';

registerEnumType(InboxEventKind, { name: 'InboxEventKind', description: 'What happened to an offer in the inbox.' });

@ObjectType({ description: "A change in the signed-in expert's inbox." })
export class InboxEvent {
  @Field(() => InboxEventKind)
  kind!: InboxEventKind;

  @Field(() => Offer)
  offer!: Offer;
}

// Other subgraphs define the same PageInfo value type: shareable keeps composition valid.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class OfferEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Offer)
  node!: Offer;
}

@ObjectType()
export class OfferConnection {
  @Field(() => [OfferEdge])
  edges!: OfferEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ArgsType()
export class MyOffersArgs {
  @Field(() => ID, { nullable: true, description: 'Only offers of this brand; every brand when omitted.' })
  @IsOptional()
  @IsUUID()
  brandId?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  after?: string;
}

@InputType()
export class DeclineOfferInput {
  @Field(() => ID)
  @IsUUID()
  offerId!: string;

  @Field(() => String, { description: 'Why, in a few words (shown to the brand, used to tune routing).' })
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}
