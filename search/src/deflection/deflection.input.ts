import { Field, ID, InputType } from 'type-graphql';
import { IsUuid, TrimmedLength } from '../validation/validators.ts';

@InputType()
export class MarkDeflectedInput {
  @Field(() => ID)
  @IsUuid()
  brandId!: string;

  @Field(() => ID, { description: 'The suggested question whose answer solved it.' })
  @IsUuid()
  questionId!: string;

  @Field(() => String, { description: 'What the customer had typed.' })
  @TrimmedLength(1, 500)
  text!: string;
}
