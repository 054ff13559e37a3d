import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Question, User } from '../federation/federation.types.ts';

@ObjectType({ description: 'An accepted answer from a similar resolved question, to reuse (its author is credited).' })
export class SuggestedAnswer {
  @Field(() => ID)
  answerId!: string;

  @Field(() => Question, { description: 'The resolved question the answer was accepted on.' })
  question!: Question;

  @Field(() => String, { description: 'The start of the answer, as plain text.' })
  excerpt!: string;

  @Field(() => String, { description: 'The whole answer (markdown).' })
  body!: string;

  @Field(() => User, { description: 'Who wrote the answer.' })
  author!: User;

  @Field(() => Float, { description: 'Relevance from 0 to 1; best first.' })
  score!: number;
}
