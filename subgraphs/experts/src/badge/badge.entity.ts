import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** A badge an expert earned, once, at `earnedAt`. */
@Entity({ tableName: 'badge' })
export class ExpertBadge {
  @PrimaryKey({ type: 'uuid' })
  expertId!: string;

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'datetime' })
  earnedAt!: Date;
}

/** An accepted answer, kept for the badge rules (streaks, languages, speed). */
@Entity({ tableName: 'resolution' })
export class Resolution {
  @PrimaryKey({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid' })
  expertId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'text' })
  language!: string;

  @Property({ type: 'integer' })
  rating!: number;

  @Property({ type: 'boolean' })
  withinSla!: boolean;

  @Property({ type: 'datetime' })
  resolvedAt!: Date;
}
