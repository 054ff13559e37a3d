import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './question.connection.ts';

describe('question cursors', () => {
  it('round-trip the position of a question to the millisecond', () => {
    const position = { createdAt: new Date('2026-11-22T08:00:00.123Z'), id: '6b1d2f3e-8a4c-4e5f-9a0b-1c2d3e4f5a6b' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['a bad date', Buffer.from('yesterday|6b1d2f3e-8a4c-4e5f-9a0b-1c2d3e4f5a6b').toString('base64url')],
    ['a bad id', Buffer.from("2026-11-22T08:00:00.000Z|1' or '1'='1").toString('base64url')],
  ])('refuse %s with BAD_USER_INPUT', (_name, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
