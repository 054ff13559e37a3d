import { IsOptional, MaxLength, Min, Max } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { User } from '../federation/federation.stubs.ts';
import { EscalationReason } from '../question/question.entity.ts';
import { DEFAULT_PAGE_SIZE } from '../question/question.input.ts';
import { TrimmedLength } from '../validation/trimmed-length.ts';

@ObjectType({ description: 'Why and when a question went to the brand’s agents, and who took it.' })
export class Escalation {
  @Field(() => EscalationReason)
  reason!: EscalationReason;

  @Field(() => Date)
  escalatedAt!: Date;

  @Field(() => User, { nullable: true, description: 'The agent handling it, once taken.' })
  agent!: User | null;

  @Field(() => String, { nullable: true, description: 'The asker’s words; only the asker and agents see them.' })
  note!: string | null;
}

@InputType()
export class EscalateQuestionInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String, { nullable: true, description: 'What the asker needs from an agent.' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}

@InputType()
export class TakeEscalationInput {
  @Field(() => ID)
  questionId!: string;
}

@InputType()
export class AnswerEscalationInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => String, { description: 'Markdown; seen only by the asker and the brand’s agents and admins.' })
  @TrimmedLength(2, 10_000)
  body!: string;
}

@ArgsType()
export class EscalationsArgs {
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
}
