// Sign-up, sign-in and sessions: argon2id passwords, short-lived access JWTs, rotated refresh tokens.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { signAccessToken } from '@peerdesk/runtime/access-token';
import type { EntityManager } from '@peerdesk/runtime/database';
import { badInput, conflict, unauthenticated } from '@peerdesk/runtime/errors';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireUser, type Membership as ViewerMembership, type Viewer } from '@peerdesk/runtime/viewer';
import { Membership } from '../membership/membership.entity.ts';
import { announceRevocations, SessionService } from '../session/session.service.ts';
import { User } from '../user/user.entity.ts';
import type { RefreshSessionInput, SignInInput, SignUpInput } from './auth.input.ts';
import type { AuthPayload, SignOutPayload } from './auth.payload.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { passwordProblem } from './password-policy.ts';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  async signUp(input: SignUpInput, viewer: Viewer): Promise<AuthPayload> {
    const email = input.email.trim().toLowerCase();
    const problem = passwordProblem(input.password, email);
    if (problem) throw badInput(`Password ${problem}.`, { fields: [{ field: 'password', problems: [problem] }] });
    if (await this.em.count(User, { email })) throw conflict('An account with this email already exists.');
    const handle = input.handle ?? (await this.freeHandle(email.split('@')[0] ?? 'member'));
    if (await this.em.count(User, { handle })) throw conflict('This handle is taken.');
    const passwordHash = await hashPassword(input.password);
    try {
      // The account and its first session commit together: a failure leaves neither.
      return await this.em.transactional(async (em) => {
        const user = em.create(User, { email, handle, passwordHash, locale: input.locale ?? 'en' });
        await em.persist(user).flush();
        return new AuthService(em, this.pubsub).issue(user, viewer);
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw conflict('An account with this email or handle already exists.');
      throw error;
    }
  }

  async signIn(input: SignInInput, viewer: Viewer): Promise<AuthPayload> {
    const email = input.email.trim().toLowerCase();
    const throttle = new LoginThrottle(this.em);
    await throttle.check(email, viewer.ip);
    const user = await this.em.findOne(User, { email, deletedAt: null });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : false;
    if (!user || !valid) {
      await throttle.recordFailure(email, viewer.ip);
      throw unauthenticated('Email or password is incorrect.');
    }
    await throttle.clear(email);
    return this.issue(user, viewer);
  }

  async refresh(input: RefreshSessionInput, viewer: Viewer): Promise<AuthPayload> {
    const sessions = new SessionService(this.em);
    const result = await sessions.rotate(input.refreshToken, { ip: viewer.ip });
    if ('reused' in result) {
      await announceRevocations(this.pubsub, { sessionIds: result.reused });
      throw unauthenticated('This refresh token was already used: every session of that sign-in is now signed out.');
    }
    const user = await this.em.findOneOrFail(User, { id: result.session.userId });
    return this.tokens(user, result.session.id, result.refreshToken);
  }

  async signOut(viewer: Viewer, allSessions: boolean): Promise<SignOutPayload> {
    const user = requireUser(viewer);
    const revoked = await new SessionService(this.em).revokeSignIn(user.userId, user.sessionId, allSessions);
    await announceRevocations(this.pubsub, { sessionIds: revoked });
    return { revokedSessions: revoked.length };
  }

  /** The roles a user holds now: an access token carries them as of its issue. */
  async memberships(userId: string): Promise<ViewerMembership[]> {
    const rows = await this.em.find(Membership, { userId });
    return rows.map((row) => ({ brandId: row.brandId, roles: row.roles }));
  }

  private async issue(user: User, viewer: Viewer): Promise<AuthPayload> {
    const { session, refreshToken } = await new SessionService(this.em).start(user.id, { ip: viewer.ip });
    return this.tokens(user, session.id, refreshToken);
  }

  private async tokens(user: User, sessionId: string, refreshToken: string): Promise<AuthPayload> {
    const accessToken = await signAccessToken({ userId: user.id, sessionId, memberships: await this.memberships(user.id) });
    return { accessToken, refreshToken, user };
  }

  private async freeHandle(base: string): Promise<string> {
    const stripped = base.replace(/[^a-z0-9_.-]/gi, '').slice(0, 24);
    const clean = stripped.length >= 3 ? stripped : 'member';
    for (let n = 0; ; n++) {
      const candidate = n === 0 ? clean : `${clean}${n}`;
      if (!(await this.em.count(User, { handle: candidate }))) return candidate;
    }
  }
}
