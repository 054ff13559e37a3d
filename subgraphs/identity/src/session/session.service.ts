// Sessions: refresh tokens (stored as sha256) rotated on every refresh; reuse of a rotated token revokes its family.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_TTL_SECONDS, REVOCATIONS_TOPIC, type Revocations } from '@peerdesk/runtime/access-token';
import type { EntityManager } from '@peerdesk/runtime/database';
import { unauthenticated } from '@peerdesk/runtime/errors';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { Session } from './session.entity.ts';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;
/** Access tokens of sessions older than this have expired: revoking them again is pointless. */
const LIVE_WINDOW_MS = (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export interface ClientInfo {
  ip?: string | null;
  userAgent?: string | null;
}

export interface StartedSession {
  session: Session;
  refreshToken: string;
}

/** Tells every gateway replica to refuse these sessions and keys (after the revoking transaction committed). */
export async function announceRevocations(pubsub: PubSub, revocations: Partial<Revocations>): Promise<void> {
  const payload: Revocations = { sessionIds: revocations.sessionIds ?? [], apiKeyIds: revocations.apiKeyIds ?? [] };
  if (payload.sessionIds.length + payload.apiKeyIds.length > 0) await pubsub.publish(REVOCATIONS_TOPIC, payload);
}

export class SessionService {
  constructor(private readonly em: EntityManager) {}

  /** Starts a new session family (sign-in, sign-up). */
  async start(userId: string, client: ClientInfo = {}): Promise<StartedSession> {
    return this.create(this.em, userId, randomUUID(), client);
  }

  /**
   * Exchanges a refresh token for the next one of its family. A token presented a second time (or raced) revokes the
   * family: the caller announces the returned revocation before failing.
   */
  async rotate(refreshToken: string, client: ClientInfo = {}): Promise<StartedSession | { reused: string[] }> {
    const current = await this.em.findOne(Session, { refreshTokenHash: sha256(refreshToken) });
    if (!current || current.revokedAt || current.expiresAt.getTime() <= Date.now()) {
      throw unauthenticated('The refresh token is invalid, expired or revoked; sign in again.');
    }
    const rotated = await this.em.transactional(async (em) => {
      const nextId = randomUUID();
      // Conditional update: of two concurrent refreshes with one token exactly one wins, the other counts as reuse.
      const taken = await em.nativeUpdate(Session, { id: current.id, replacedBy: null, revokedAt: null }, { replacedBy: nextId });
      if (taken === 0) return null;
      return this.create(em, current.userId, current.familyId, client, nextId);
    });
    if (rotated) return rotated;
    return { reused: await this.revokeWhere({ familyId: current.familyId }) };
  }

  /** Revokes the family of one session (sign-out), or every session of its user. Returns the ids to announce. */
  async revokeSignIn(userId: string, sessionId: string, allSessions: boolean): Promise<string[]> {
    if (allSessions) return this.revokeWhere({ userId });
    const session = await this.em.findOne(Session, { id: sessionId, userId });
    return session ? this.revokeWhere({ familyId: session.familyId }) : [];
  }

  revokeAllOf(userId: string): Promise<string[]> {
    return this.revokeWhere({ userId });
  }

  /** Sessions revoked after `since` whose access tokens may still be live (the gateway's startup load). */
  async revokedSince(since: Date): Promise<string[]> {
    const rows = await this.em.find(
      Session,
      { revokedAt: { $gt: since }, createdAt: { $gt: new Date(Date.now() - LIVE_WINDOW_MS) } },
      { fields: ['id'] },
    );
    return rows.map((row) => row.id);
  }

  listOf(userId: string): Promise<Session[]> {
    return this.em.find(Session, { userId }, { orderBy: { createdAt: 'desc' } });
  }

  private async revokeWhere(where: { familyId: string } | { userId: string }): Promise<string[]> {
    const live = await this.em.find(
      Session,
      { ...where, createdAt: { $gt: new Date(Date.now() - LIVE_WINDOW_MS) } },
      { fields: ['id'] },
    );
    await this.em.nativeUpdate(Session, { ...where, revokedAt: null }, { revokedAt: new Date() });
    return live.map((row) => row.id);
  }

  private async create(
    em: EntityManager,
    userId: string,
    familyId: string,
    client: ClientInfo,
    id = randomUUID(),
  ): Promise<StartedSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const session = em.create(Session, {
      id,
      userId,
      familyId,
      refreshTokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await em.persist(session).flush();
    return { session, refreshToken };
  }
}
