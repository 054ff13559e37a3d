import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The text of every asked question (open ones too), kept so answers can be suggested for any question. */
@Entity({ tableName: 'question_text' })
export class QuestionText {
  @PrimaryKey({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid' })
  brandId!: string;

  @Property({ type: 'string' })
  language!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime' })
  updatedAt: Opt<Date> = new Date();
}
