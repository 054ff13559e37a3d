import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A failed sign-in, kept in the database so the limits hold across identity replicas. */
@Entity({ tableName: 'login_attempt' })
export class LoginAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string' })
  email!: string;

  @Property({ type: 'string', nullable: true })
  ip: string | null = null;

  @Property({ type: 'datetime' })
  attemptedAt: Opt<Date> = new Date();
}
