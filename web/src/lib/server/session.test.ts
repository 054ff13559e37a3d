import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './session.ts';

describe('safeRedirectPath', () => {
  it('only returns same-site paths', () => {
    expect(safeRedirectPath('/nimbus-games/q/1?x=2')).toBe('/nimbus-games/q/1?x=2');
    for (const bad of ['//evil.test', '/\\evil.test', 'https://evil.test', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeRedirectPath(bad)).toBe('/');
    }
  });
});
