import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../user/user.entity.ts';

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  accessToken!: string;

  @Field(() => String)
  refreshToken!: string;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Int, { description: 'How many sessions were signed out.' })
  revokedSessions!: number;
}
