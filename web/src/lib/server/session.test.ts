import { describe, expect, it } from 'vitest';
import { membershipsOf, rolesIn, safeRedirectPath, type Session } from './session.ts';

const jwt = (payload: unknown) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('safeRedirectPath', () => {
  it('only returns same-site paths', () => {
    expect(safeRedirectPath('/nimbus-games/q/1?x=2')).toBe('/nimbus-games/q/1?x=2');
    for (const bad of ['//evil.test', '/\\evil.test', 'https://evil.test', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeRedirectPath(bad)).toBe('/');
    }
  });
});

describe('membershipsOf', () => {
  it('reads the roles per brand an access token carries, dropping anything malformed', () => {
    const token = jwt({
      sub: 'u1',
      memberships: [
        { brandId: 'b1', roles: ['customer', 'expert', 'overlord'] },
        { brandId: 2, roles: ['admin'] },
        'junk',
      ],
    });
    expect(membershipsOf(token)).toEqual([{ brandId: 'b1', roles: ['customer', 'expert'] }]);
    expect(membershipsOf('not-a-jwt')).toEqual([]);
    expect(membershipsOf(jwt({ sub: 'u1' }))).toEqual([]);
  });

  it('answers the roles in one brand, none when signed out or not a member', () => {
    const session: Session = { accessToken: '', user: { id: 'u1', handle: 'ana' }, memberships: [{ brandId: 'b1', roles: ['expert'] }] };
    expect(rolesIn(session, 'b1')).toEqual(['expert']);
    expect(rolesIn(session, 'b2')).toEqual([]);
    expect(rolesIn(null, 'b1')).toEqual([]);
  });
});
