import { IsEnum } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

export enum VoteValue {
  UP = 'UP',
  DOWN = 'DOWN',
  NONE = 'NONE',
}

registerEnumType(VoteValue, { name: 'VoteValue', valuesConfig: { NONE: { description: 'Withdraws the viewer’s vote.' } } });

export const VOTE_NUMBER: Record<VoteValue, number> = { UP: 1, DOWN: -1, NONE: 0 };
export const voteOf = (value: number | undefined): VoteValue => (value === 1 ? VoteValue.UP : value === -1 ? VoteValue.DOWN : VoteValue.NONE);

@InputType()
export class VoteAnswerInput {
  @Field(() => ID)
  answerId!: string;

  @Field(() => VoteValue)
  @IsEnum(VoteValue)
  value!: VoteValue;
}
