import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;

  @Field(() => String)
  @Length(12, 200, { message: 'must be 12 to 200 characters' })
  password!: string;

  @Field(() => String, { nullable: true, description: 'Public display handle; derived from the email when omitted.' })
  @IsOptional()
  @Matches(/^[a-z0-9_.-]{3,30}$/i, { message: 'must be 3 to 30 letters, digits, dots, dashes or underscores' })
  handle?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(en|es)$/, { message: 'must be en or es' })
  locale?: string;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'must be a valid email address' })
  email!: string;

  @Field(() => String)
  @Length(1, 200)
  password!: string;
}

@InputType()
export class RefreshSessionInput {
  @Field(() => String)
  @Length(1, 200)
  refreshToken!: string;
}

@InputType()
export class SignOutInput {
  @Field(() => Boolean, { nullable: true, description: 'Sign out every session of this account, not only this one.' })
  @IsOptional()
  allSessions?: boolean;
}
