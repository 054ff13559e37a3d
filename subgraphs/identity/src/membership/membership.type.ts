import { Field, ObjectType } from 'type-graphql';
import { Brand } from '../brand/brand.entity.ts';
import { User } from '../user/user.entity.ts';
import { RoleEnum, type Role } from './role.ts';

@ObjectType({ description: 'The roles a person holds in one brand.' })
export class BrandMembership {
  @Field(() => Brand)
  brand!: Brand;

  @Field(() => [RoleEnum])
  roles!: Role[];
}

@ObjectType({ description: 'A person holding roles in a brand, as its admins see them.' })
export class BrandMember {
  @Field(() => User)
  user!: User;

  @Field(() => [RoleEnum])
  roles!: Role[];

  @Field(() => Date)
  since!: Date;
}
