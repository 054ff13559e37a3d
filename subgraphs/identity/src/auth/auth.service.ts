// Sign-up, sign-in and sessions: argon2id passwords, short-lived access JWTs.
import { randomBytes, randomUUID } from 'node:crypto';
import { signAccessToken } from '@peerdesk/runtime/access-token';
import type { EntityManager } from '@peerdesk/runtime/database';
import { conflict, unauthenticated } from '@peerdesk/runtime/errors';
import type { Membership as ViewerMembership } from '@peerdesk/runtime/viewer';
import { Membership } from '../membership/membership.entity.ts';
import { User } from '../user/user.entity.ts';
import type { SignInInput, SignUpInput } from './auth.input.ts';
import type { AuthPayload } from './auth.payload.ts';
import { hashPassword, verifyPassword } from './password.ts';

export class AuthService {
  constructor(private readonly em: EntityManager) {}

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    const email = input.email.trim().toLowerCase();
    if (await this.em.count(User, { email })) throw conflict('An account with this email already exists.');
    const handle = input.handle ?? (await this.freeHandle(email.split('@')[0] ?? 'member'));
    if (await this.em.count(User, { handle })) throw conflict('This handle is taken.');
    const user = this.em.create(User, { email, handle, passwordHash: await hashPassword(input.password), locale: input.locale ?? 'en' });
    await this.em.persist(user).flush();
    return this.issue(user);
  }

  async signIn(input: SignInInput): Promise<AuthPayload> {
    const user = await this.em.findOne(User, { email: input.email.trim().toLowerCase() });
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : false;
    if (!user || !valid) throw unauthenticated('Email or password is incorrect.');
    return this.issue(user);
  }

  async memberships(userId: string): Promise<ViewerMembership[]> {
    const rows = await this.em.find(Membership, { userId });
    return rows.map((row) => ({ brandId: row.brandId, roles: row.roles }));
  }

  private async issue(user: User): Promise<AuthPayload> {
    const accessToken = await signAccessToken({
      userId: user.id,
      sessionId: randomUUID(),
      memberships: await this.memberships(user.id),
    });
    return { accessToken, refreshToken: randomBytes(32).toString('base64url'), user };
  }

  private async freeHandle(base: string): Promise<string> {
    const clean = base.replace(/[^a-z0-9_.-]/gi, '').slice(0, 24) || 'member';
    for (let n = 0; ; n++) {
      const candidate = n === 0 ? clean : `${clean}${n}`;
      if (!(await this.em.count(User, { handle: candidate }))) return candidate;
    }
  }
}
