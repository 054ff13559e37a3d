import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum QuizQuestionKind {
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  WRITING = 'WRITING',
}
registerEnumType(QuizQuestionKind, { name: 'QuizQuestionKind' });

@ObjectType()
export class QuizChoice {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'One quiz question, without its answer.' })
export class QuizQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => QuizQuestionKind)
  kind!: QuizQuestionKind;

  @Field(() => String)
  prompt!: string;

  @Field(() => [QuizChoice], { description: 'Empty for writing questions.' })
  choices!: QuizChoice[];

  @Field(() => Int, { nullable: true, description: 'Writing questions: the expected length in words.' })
  minWords!: number | null;

  @Field(() => Int, { nullable: true })
  maxWords!: number | null;
}

@ObjectType({ description: "A brand's qualification quiz for expert applicants." })
export class QualificationQuiz {
  @Field(() => ID)
  brandId!: string;

  @Field(() => Int, { description: 'Score (percent) needed to pass.' })
  passMark!: number;

  @Field(() => [QuizQuestion])
  questions!: QuizQuestion[];
}

@ObjectType({ description: "An expert's latest qualification quiz result." })
export class Qualification {
  @Field(() => Int, { description: 'Percent of the quiz points earned.' })
  score!: number;

  @Field(() => Int)
  passMark!: number;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => Date)
  submittedAt!: Date;
}

@InputType()
export class QuizAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => ID, { nullable: true, description: 'Multiple-choice questions: the chosen choice.' })
  @IsOptional()
  choiceId?: string;

  @Field(() => String, { nullable: true, description: 'Writing questions: the answer.' })
  @IsOptional()
  @MaxLength(5000)
  text?: string;
}

@InputType()
export class SubmitQualificationInput {
  @Field(() => ID)
  @IsUUID()
  brandId!: string;

  @Field(() => [QuizAnswerInput])
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  answers!: QuizAnswerInput[];
}
