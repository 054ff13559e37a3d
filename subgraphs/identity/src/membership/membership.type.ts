import { Field, ObjectType } from 'type-graphql';
import { Brand } from '../brand/brand.entity.ts';
import { RoleEnum, type Role } from './role.ts';

@ObjectType({ description: 'The roles a person holds in one brand.' })
export class BrandMembership {
  @Field(() => Brand)
  brand!: Brand;

  @Field(() => [RoleEnum])
  roles!: Role[];
}
