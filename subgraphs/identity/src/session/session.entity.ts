import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * One refresh token of a sign-in. Rotation creates the next row in the same family and marks this one replaced;
 * presenting a replaced token again means it leaked, so the whole family is revoked.
 */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'uuid' })
  familyId!: string;

  /** sha256 (hex) of the refresh token; the token itself is never stored. */
  @Property({ type: 'string', hidden: true })
  refreshTokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  replacedBy: string | null = null;

  @Property({ type: 'string', nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'string', nullable: true })
  ip: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();
}
