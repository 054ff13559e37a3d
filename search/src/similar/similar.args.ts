import { IsIn, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsUuid, TrimmedLength } from '../validation/validators.ts';

export const SEARCH_LANGUAGES = ['en', 'es'] as const;

@ArgsType()
export class SimilarQuestionsArgs {
  @Field(() => ID)
  @IsUuid()
  brandId!: string;

  @Field(() => String, { description: 'What the customer is typing: 3 to 500 characters.' })
  @TrimmedLength(3, 500)
  text!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 (en, es): only questions written in it. All when omitted.' })
  @IsOptional()
  @IsIn(SEARCH_LANGUAGES, { message: 'must be en or es' })
  language?: string;

  @Field(() => Int, { defaultValue: 5, description: '1 to 20.' })
  @Min(1)
  @Max(20)
  first!: number;
}
