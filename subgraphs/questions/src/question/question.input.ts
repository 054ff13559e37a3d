import { IsIn, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { TrimmedLength } from '../validation/trimmed-length.ts';
import { QuestionStatus, type QuestionLanguage } from './question.entity.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const LANGUAGES: readonly QuestionLanguage[] = ['en', 'es'];

@InputType()
export class AskQuestionInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => String)
  @TrimmedLength(5, 200)
  title!: string;

  @Field(() => String, { description: 'Markdown.' })
  @TrimmedLength(10, 10_000)
  body!: string;

  @Field(() => String, { description: 'Slug of one of the brand’s categories.' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'must be a category slug: 2 to 40 lowercase letters, digits or dashes' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'en or es; en when omitted.' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'must be en or es' })
  language?: QuestionLanguage;
}

@ArgsType()
export class QuestionsArgs {
  @Field(() => ID)
  brandId!: string;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1 to 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  after?: string;

  @Field(() => QuestionStatus, { nullable: true })
  @IsOptional()
  status?: QuestionStatus;
}

@InputType()
export class EditQuestionInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimmedLength(5, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @TrimmedLength(10, 10_000)
  body?: string;

  @Field(() => String, { nullable: true, description: 'Slug of one of the brand’s categories.' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'must be a category slug: 2 to 40 lowercase letters, digits or dashes' })
  category?: string;
}

@InputType()
export class CloseQuestionInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String, { nullable: true, description: 'Why it is closed; kept for the brand.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}
