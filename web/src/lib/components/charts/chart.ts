// Chart arithmetic for the server-rendered SVG charts: a rounded axis maximum and positions on it.

/** One bar of a BarList. */
export interface Bar {
  label: string;
  value: number;
  /** The value as people read it (a percentage, a duration, an amount). */
  text: string;
  tone?: 'primary' | 'accent' | 'ok' | 'muted';
}

/** The smallest 1, 2 or 5 × 10^k at or above `value` (1 for nothing, so empty charts still have an axis). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}

/** `value` as a length out of `size` on an axis from 0 to `max`, never negative nor past the end. */
export function scaled(value: number, max: number, size: number): number {
  return max > 0 ? Math.min(size, Math.max(0, (value / max) * size)) : 0;
}

/** Indexes of at most `count` evenly spread labels along `length` items, first and last included. */
export function labelIndexes(length: number, count: number): number[] {
  if (length <= count) return [...Array(length).keys()];
  const step = (length - 1) / (count - 1);
  return [...new Set([...Array(count).keys()].map((i) => Math.round(i * step)))];
}
