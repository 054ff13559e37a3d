// Entities owned by identity, referenced here by id only; the gateway asks identity for their fields.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class User {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Brand {
  @Field(() => ID)
  id!: string;
}
