import { Field, ObjectType } from 'type-graphql';
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
