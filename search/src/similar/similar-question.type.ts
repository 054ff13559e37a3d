import { Field, Float, ObjectType } from 'type-graphql';
import { Question } from '../federation/federation.types.ts';

@ObjectType({ description: 'A resolved question of the brand that resembles what the customer typed.' })
export class SimilarQuestion {
  @Field(() => Question)
  question!: Question;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'The start of the accepted answer, as plain text.' })
  excerpt!: string;

  @Field(() => [String], {
    description: 'Title and answer fragments as HTML: text escaped, matched terms wrapped in <mark>…</mark>.',
  })
  highlights!: string[];

  @Field(() => Float, { description: 'Relevance from 0 to 1; best first.' })
  score!: number;

  @Field(() => Boolean, {
    description: 'The platform flags it as very likely the same question (relevance at or above the duplicate threshold).',
  })
  duplicate!: boolean;
}
