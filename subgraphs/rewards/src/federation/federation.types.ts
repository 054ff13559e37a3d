// Entities owned by other subgraphs, as rewards sees them.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by questions; referenced by id only. */
@ObjectType('Question')
@Directive('@key(fields: "id", resolvable: false)')
export class QuestionRef {
  @Field(() => ID)
  id!: string;
}

/** Owned by experts (id = expertId(brandId, userId)); rewards contributes `earnings`. */
@ObjectType('Expert')
@Directive('@key(fields: "id")')
export class ExpertRef {
  @Field(() => ID)
  id!: string;
}
