// Entities owned by other subgraphs. Question is resolvable here only to contribute `suggestedAnswers`.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A question, owned by the questions subgraph; search adds suggested answers.' })
@Directive('@key(fields: "id")')
export class Question {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class User {
  @Field(() => ID)
  id!: string;
}

/** Any id may be asked for; the questions subgraph decides whether the question exists. */
export const questionReferences = (ids: readonly string[]): Promise<Question[]> => Promise.resolve(ids.map((id) => ({ id })));
