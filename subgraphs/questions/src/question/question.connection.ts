// Relay connection of questions, newest first, with an opaque cursor on (createdAt, id).
import { badInput } from '@peerdesk/runtime/errors';
import { Directive, Field, ObjectType } from 'type-graphql';
import { isUuid } from '../validation/uuid.ts';
import { Question } from './question.entity.ts';

// Other subgraphs define the same PageInfo value type: shareable keeps composition valid.
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class QuestionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Question)
  node!: Question;
}

@ObjectType()
export class QuestionConnection {
  @Field(() => [QuestionEdge])
  edges!: QuestionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export interface QuestionCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(question: QuestionCursor): string {
  return Buffer.from(`${question.createdAt.toISOString()}|${question.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): QuestionCursor {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !isUuid(id) || Number.isNaN(createdAt.getTime())) throw badInput('The cursor is not valid.', { field: 'after' });
  return { createdAt, id };
}
