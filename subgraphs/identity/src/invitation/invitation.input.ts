import { IsEmail, IsIn, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { Role } from '@peerdesk/runtime/viewer';
import { RoleEnum } from '../membership/role.ts';

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;

  @Field(() => String)
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;

  @Field(() => RoleEnum, { description: 'EXPERT, AGENT or ADMIN (anyone may join as a customer).' })
  @IsIn(['expert', 'agent', 'admin'], { message: 'must be EXPERT, AGENT or ADMIN' })
  role!: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field(() => String)
  @Length(1, 200)
  token!: string;
}
