// The gateway's in-memory list of revoked sessions and API keys: fed live by identity's announcements on the
// pub/sub (every replica hears each one within milliseconds) and loaded from identity at start and now and then,
// so a replica that started late or missed a message still refuses what was revoked.
import { ACCESS_TOKEN_TTL_SECONDS, REVOCATIONS_TOPIC, type Revocations } from '@peerdesk/runtime/access-token';
import { logger } from '@peerdesk/runtime/logger';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import type { IdentityClient } from './identity-client.ts';

/** After this, every access token of a revoked session has expired on its own. */
const REMEMBER_MS = (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000;

export class RevocationList {
  private readonly sessions = new Map<string, number>();
  private readonly apiKeys = new Map<string, number>();
  private readonly listeners = new Set<(revocations: Revocations) => void>();

  add(revocations: Revocations): void {
    const forgetAt = Date.now() + REMEMBER_MS;
    const fresh: Revocations = { sessionIds: [], apiKeyIds: [] };
    for (const id of revocations.sessionIds) if (!this.sessions.has(id)) fresh.sessionIds.push(id);
    for (const id of revocations.apiKeyIds) if (!this.apiKeys.has(id)) fresh.apiKeyIds.push(id);
    for (const id of revocations.sessionIds) this.sessions.set(id, forgetAt);
    for (const id of revocations.apiKeyIds) this.apiKeys.set(id, forgetAt);
    this.prune();
    if (fresh.sessionIds.length + fresh.apiKeyIds.length === 0) return;
    for (const listener of this.listeners) listener(fresh);
  }

  isSessionRevoked(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  isApiKeyRevoked(keyId: string): boolean {
    return this.apiKeys.has(keyId);
  }

  /** Called with each newly revoked batch (the gateway closes those sessions' sockets). */
  onRevoked(listener: (revocations: Revocations) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private prune(): void {
    const now = Date.now();
    for (const map of [this.sessions, this.apiKeys]) for (const [id, forgetAt] of map) if (forgetAt < now) map.delete(id);
  }
}

const RESYNC_MS = 30_000;
const RETRY_MS = 1_000;
const FIRST_LOAD_WAIT_MS = 5_000;

/**
 * Subscribes first, then loads what identity already revoked, then re-loads every 30 s as a safety net for a dropped
 * pub/sub connection (every second when there is no pub/sub). `ready` settles after the first load (or 5 s).
 */
export function followRevocations(
  list: RevocationList,
  pubsub: PubSub | undefined,
  identity: IdentityClient,
): { ready: Promise<void>; stop: () => Promise<void> } {
  const feed = pubsub?.subscribe<Revocations>(REVOCATIONS_TOPIC);
  // Without a live feed, polling is the only way to honour revocations within about a second.
  const resyncMs = feed ? RESYNC_MS : RETRY_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let syncedAt = new Date(Date.now() - REMEMBER_MS);
  let loaded: () => void = () => {};
  // Serving waits for the first load, but not forever: identity may be down, and the feed still works meanwhile.
  const ready = Promise.race([
    new Promise<void>((resolve) => (loaded = resolve)),
    new Promise<void>((resolve) => setTimeout(resolve, FIRST_LOAD_WAIT_MS).unref()),
  ]);

  if (feed) {
    void (async () => {
      for await (const revocations of feed) list.add(revocations);
    })();
  }

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => void sync(), ms);
    timer.unref();
  };
  const sync = async () => {
    const startedAt = new Date();
    try {
      list.add(await identity.revokedSince(new Date(syncedAt.getTime() - 5_000)));
      syncedAt = startedAt;
      loaded();
      schedule(resyncMs);
    } catch (error) {
      // Identity may still be starting: keep trying until a load succeeds.
      logger.warn('revocation list load failed', { error: (error as Error).message });
      schedule(RETRY_MS);
    }
  };
  void sync();

  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await feed?.return?.();
  };
  return { ready, stop };
}
