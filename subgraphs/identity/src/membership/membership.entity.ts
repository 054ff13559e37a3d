import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Role } from '@peerdesk/runtime/viewer';

/** The roles a user holds in one brand. */
@Entity({ tableName: 'membership' })
@Unique({ properties: ['userId', 'brandId'] })
export class Membership {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'json' })
  roles!: Role[];

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
