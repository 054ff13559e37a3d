import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TrimmedLength } from '../validation/trimmed-length.ts';

@InputType()
export class PostAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String, { description: 'Markdown.' })
  @TrimmedLength(10, 10_000)
  body!: string;
}

@InputType()
export class AcceptAnswerInput {
  @Field(() => ID)
  answerId!: string;

  @Field(() => Int, { description: 'How well the answer solved the question, 1 to 5.' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string;
}
