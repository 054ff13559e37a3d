import { describe, expect, it } from 'vitest';
import { SharedStreams, viewerKey } from './shared-subscriptions.ts';

/** A source stream the test pushes into, counting how often it was started and whether it was closed. */
function source() {
  const state = { started: 0, closed: 0, push: (_value: number) => {}, end: () => {} };
  const start = () => {
    state.started++;
    const queue: IteratorResult<number>[] = [];
    let wake: (() => void) | undefined;
    state.push = (value) => (queue.push({ value, done: false }), wake?.());
    state.end = () => (queue.push({ value: undefined, done: true }), wake?.());
    const iterator: AsyncIterableIterator<number> = {
      next: async () => {
        while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
        return queue.shift()!;
      },
      return: async () => (state.closed++, { value: undefined, done: true }),
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };
  return { state, start };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SharedStreams', () => {
  it('starts one stream per key, feeds every listener, and closes it when the last one leaves', async () => {
    const streams = new SharedStreams<number>();
    const { state, start } = source();
    const a = (await streams.join('k', start)) as AsyncIterableIterator<number>;
    const b = (await streams.join('k', start)) as AsyncIterableIterator<number>;
    expect(state.started).toBe(1);
    state.push(1);
    await expect(a.next()).resolves.toEqual({ value: 1, done: false });
    await expect(b.next()).resolves.toEqual({ value: 1, done: false });

    await a.return!();
    expect(state.closed).toBe(0);
    state.push(2);
    await expect(b.next()).resolves.toEqual({ value: 2, done: false });
    await b.return!();
    await tick();
    expect(state.closed).toBe(1);
    expect(streams.size).toBe(0);

    await streams.join('k', start);
    expect(state.started).toBe(2);
  });

  it('keeps different keys apart and ends every listener when the stream completes', async () => {
    const streams = new SharedStreams<number>();
    const first = source();
    const second = source();
    const a = (await streams.join('k1', first.start)) as AsyncIterableIterator<number>;
    const b = (await streams.join('k2', second.start)) as AsyncIterableIterator<number>;
    expect([first.state.started, second.state.started]).toEqual([1, 1]);
    first.state.end();
    await expect(a.next()).resolves.toEqual({ value: undefined, done: true });
    second.state.push(7);
    await expect(b.next()).resolves.toEqual({ value: 7, done: false });
  });

  it('keys viewers without their address, so one person shares across addresses and never with another', () => {
    const viewer = (userId: string, ip: string) => ({ kind: 'user', userId, sessionId: 's', memberships: [], ip }) as never;
    expect(viewerKey(viewer('u1', '10.0.0.1'))).toBe(viewerKey(viewer('u1', '10.0.0.2')));
    expect(viewerKey(viewer('u1', '10.0.0.1'))).not.toBe(viewerKey(viewer('u2', '10.0.0.1')));
  });
});
