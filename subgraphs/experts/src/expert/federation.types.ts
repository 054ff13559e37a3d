// Entities owned by identity, as this subgraph sees them: Brand as a plain reference, User extended with `expert`.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('User')
@Directive('@key(fields: "id")')
export class UserRef {
  @Field(() => ID)
  id!: string;
}

@ObjectType('Brand')
@Directive('@key(fields: "id", resolvable: false)')
export class BrandRef {
  @Field(() => ID)
  id!: string;
}

/** Owned by questions; offers point at it and the gateway fetches its fields there. */
@ObjectType('Question')
@Directive('@key(fields: "id", resolvable: false)')
export class QuestionRef {
  @Field(() => ID)
  id!: string;
}
