// A person's own data: export everything identity holds about them, or erase it (contributions stay, anonymous).
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { ACCOUNT_DELETED, type AccountDeleted } from '@peerdesk/runtime/events.contract';
import { publishEvent } from '@peerdesk/runtime/events';
import { unauthenticated } from '@peerdesk/runtime/errors';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { ApiKeyService } from '../api-key/api-key.service.ts';
import { verifyPassword } from '../auth/password.ts';
import { InvitationService } from '../invitation/invitation.service.ts';
import { Invitation } from '../invitation/invitation.entity.ts';
import { MembershipService } from '../membership/membership.service.ts';
import { announceRevocations, SessionService } from '../session/session.service.ts';
import { User } from '../user/user.entity.ts';
import type { DataExport } from './account.types.ts';

/** Never a valid argon2 hash: verification always fails, so the erased account cannot sign in. */
const UNUSABLE_PASSWORD = '!deleted';

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  async export(viewer: Viewer): Promise<DataExport> {
    const user = await this.em.findOne(User, { id: requireUser(viewer).userId, deletedAt: null });
    if (!user) throw unauthenticated('This account no longer exists.');
    const [memberships] = await new MembershipService(this.em).byUserIds([user.id]);
    const sessions = await new SessionService(this.em).listOf(user.id);
    const invitations = await new InvitationService(this.em).forEmail(user.email);
    const apiKeys = await new ApiKeyService(this.em, this.pubsub).createdBy(user.id);
    return {
      generatedAt: new Date(),
      data: {
        user: {
          id: user.id,
          handle: user.handle,
          email: user.email,
          fullName: user.fullName,
          locale: user.locale,
          createdAt: user.createdAt,
        },
        memberships: (memberships ?? []).map((m) => ({ brandId: m.brandId, roles: m.roles, since: m.createdAt })),
        sessions: sessions.map((s) => ({
          id: s.id,
          familyId: s.familyId,
          createdAt: s.createdAt,
          expiresAt: s.expiresAt,
          revokedAt: s.revokedAt,
          rotated: s.replacedBy !== null,
          ip: s.ip,
          userAgent: s.userAgent,
        })),
        invitations: invitations.map((i) => ({
          id: i.id,
          brandId: i.brandId,
          role: i.role,
          createdAt: i.createdAt,
          acceptedAt: i.acceptedAt,
        })),
        apiKeysCreated: apiKeys.map((k) => ({
          id: k.id,
          brandId: k.brandId,
          name: k.name,
          scopes: k.scopes,
          createdAt: k.createdAt,
          revokedAt: k.revokedAt,
        })),
        note: 'Questions, answers, reputation and earnings are held by other services and join this export later.',
      },
    };
  }

  /**
   * Erases personal data in one transaction with the `AccountDeleted` event (other services anonymise their part);
   * the row stays as "deleted user" so contributions keep an author. Sessions are revoked at once everywhere.
   */
  async delete(viewer: Viewer, password: string): Promise<User> {
    const { userId } = requireUser(viewer);
    const user = await this.em.findOne(User, { id: userId, deletedAt: null });
    if (!user || !(await verifyPassword(user.passwordHash, password))) throw unauthenticated('The password is incorrect.');
    const deletedAt = new Date();
    const { erased, revoked } = await this.em.transactional(async (em) => {
      const current = await em.findOneOrFail(User, { id: userId });
      await em.nativeDelete(Invitation, { email: current.email, acceptedAt: null });
      em.assign(current, {
        email: `deleted-${current.id}@deleted.invalid`,
        fullName: null,
        handle: `deleted-user-${randomBytes(4).toString('hex')}`,
        passwordHash: UNUSABLE_PASSWORD,
        deletedAt,
      });
      await em.flush();
      const revokedIds = await new SessionService(em).revokeAllOf(userId);
      const event: AccountDeleted = { userId, deletedAt: deletedAt.toISOString() };
      await publishEvent(em, ACCOUNT_DELETED, { ...event });
      return { erased: current, revoked: revokedIds };
    });
    await announceRevocations(this.pubsub, { sessionIds: revoked });
    return erased;
  }
}
