import { Directive, Field, ObjectType } from 'type-graphql';

// Other subgraphs define the same PageInfo value type: shareable keeps composition valid.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}
