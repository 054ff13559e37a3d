// Invitations: admins offer expert/agent/admin roles; only the person with the invited email can take them.
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { badInput, conflict, forbidden, notFound } from '@peerdesk/runtime/errors';
import { requireRole, requireUser, type Viewer } from '@peerdesk/runtime/viewer';
import { BrandService } from '../brand/brand.service.ts';
import { MembershipService } from '../membership/membership.service.ts';
import { sha256 } from '../session/session.service.ts';
import { User } from '../user/user.entity.ts';
import { Invitation } from './invitation.entity.ts';
import type { InviteMemberInput } from './invitation.input.ts';

const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export class InvitationService {
  constructor(private readonly em: EntityManager) {}

  async invite(viewer: Viewer, input: InviteMemberInput): Promise<Invitation> {
    await new BrandService(this.em).require(input.brandId);
    const admin = requireRole(viewer, input.brandId, ['admin']);
    const token = `inv_${randomBytes(24).toString('base64url')}`;
    const invitation = this.em.create(Invitation, {
      brandId: input.brandId,
      email: input.email.trim().toLowerCase(),
      role: input.role,
      tokenHash: sha256(token),
      invitedBy: admin.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    await this.em.persist(invitation).flush();
    invitation.token = token;
    return invitation;
  }

  /** Adds the invited role to the signed-in person whose email matches; the new role shows after a refresh. */
  async accept(viewer: Viewer, token: string): Promise<Invitation> {
    const { userId } = requireUser(viewer);
    const invitation = await this.em.findOne(Invitation, { tokenHash: sha256(token) });
    if (!invitation) throw notFound('Invitation');
    const user = await this.em.findOneOrFail(User, { id: userId });
    if (user.email !== invitation.email) throw forbidden('This invitation is for another email address.');
    if (invitation.acceptedAt) throw conflict('This invitation was already accepted.');
    if (invitation.expiresAt.getTime() <= Date.now()) throw badInput('This invitation has expired; ask for a new one.');
    return this.em.transactional(async (em) => {
      const taken = await em.nativeUpdate(Invitation, { id: invitation.id, acceptedAt: null }, { acceptedAt: new Date() });
      if (taken === 0) throw conflict('This invitation was already accepted.');
      await new MembershipService(em).grant(userId, invitation.brandId, invitation.role);
      return em.findOneOrFail(Invitation, { id: invitation.id }, { refresh: true });
    });
  }

  async pending(viewer: Viewer, brandId: string): Promise<Invitation[]> {
    await new BrandService(this.em).require(brandId);
    requireRole(viewer, brandId, ['admin']);
    return this.em.find(Invitation, { brandId, acceptedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' }, limit: 200 });
  }

  forEmail(email: string): Promise<Invitation[]> {
    return this.em.find(Invitation, { email }, { orderBy: { createdAt: 'asc' } });
  }
}
