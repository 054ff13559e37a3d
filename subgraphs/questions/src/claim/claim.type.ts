import { Field, InputType, ID, ObjectType } from 'type-graphql';
import { User } from '../federation/federation.stubs.ts';

@ObjectType({ description: 'An expert’s time-boxed lock on a question: nobody else may claim or answer it meanwhile.' })
export class QuestionClaim {
  @Field(() => User)
  expert!: User;

  @Field(() => Date)
  claimedAt!: Date;

  @Field(() => Date, { description: 'When the lock lapses and the question returns to routing.' })
  expiresAt!: Date;
}

@InputType()
export class ClaimQuestionInput {
  @Field(() => ID)
  questionId!: string;
}

@InputType()
export class ReleaseClaimInput {
  @Field(() => ID)
  questionId!: string;
}
