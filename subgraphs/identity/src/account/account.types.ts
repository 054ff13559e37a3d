import { GraphQLJSON } from 'graphql-scalars';
import { IsIn, IsOptional, Length } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  JSON = 'JSON',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@InputType()
export class ExportMyDataInput {
  @Field(() => ExportFormat, { nullable: true, defaultValue: ExportFormat.JSON })
  @IsOptional()
  @IsIn(Object.values(ExportFormat))
  format?: ExportFormat;
}

@ObjectType({ description: 'Everything identity holds about the signed-in person.' })
export class DataExport {
  @Field(() => Date)
  generatedAt!: Date;

  @Field(() => GraphQLJSON, {
    description:
      'user, memberships, sessions (no secrets), invitations, apiKeysCreated. Other services add their part later via events.',
  })
  data!: Record<string, unknown>;
}

@InputType()
export class DeleteMyAccountInput {
  @Field(() => String, { description: 'The current password, to confirm.' })
  @Length(1, 200)
  password!: string;
}
