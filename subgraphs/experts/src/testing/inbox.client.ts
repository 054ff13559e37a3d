// A real graphql-ws client on a person's expertInbox, ready (server-side subscribed) before it is returned.
import { randomUUID } from 'node:crypto';
import type { RunningService } from '@peerdesk/runtime/service';
import { signViewer, type Viewer } from '@peerdesk/runtime/viewer';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { InboxEventKind, inboxTopic, type InboxNotice } from '../inbox/inbox.topics.ts';
import { OfferStatus } from '../inbox/offer.entity.ts';

export interface InboxMessage {
  kind: string;
  offer: { id: string; status: string; wave: number; offeredAt: string; expiresAt: string; question: { id: string }; brand: { id: string } };
}

export interface InboxClient {
  client: Client;
  next(timeoutMs?: number): Promise<InboxMessage>;
  close(): Promise<void>;
}

const SUBSCRIPTION = `subscription { expertInbox { kind offer { id status wave offeredAt expiresAt question { id } brand { id } } } }`;

export function userViewer(userId: string, memberships: Extract<Viewer, { kind: 'user' }>['memberships'] = []): Viewer {
  return { kind: 'user', userId, sessionId: randomUUID(), memberships };
}

export async function connectInbox(service: RunningService, userId: string): Promise<InboxClient> {
  const client = createClient({
    url: service.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { 'x-peerdesk-viewer': await signViewer(userViewer(userId)) },
    retryAttempts: 0,
  });
  const iterator = client.iterate<{ expertInbox: InboxMessage }>({ query: SUBSCRIPTION })[Symbol.asyncIterator]();
  const probeId = randomUUID();
  const receive = async (timeoutMs: number): Promise<InboxMessage> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no inbox message')), timeoutMs)));
    try {
      const result = await Promise.race([iterator.next(), timeout]);
      if (result.done) throw new Error('inbox subscription ended');
      if (result.value.errors) throw new Error(JSON.stringify(result.value.errors));
      return result.value.data!.expertInbox;
    } finally {
      clearTimeout(timer);
    }
  };
  /** The next real message; readiness probes that arrive late are skipped. */
  const next = async (timeoutMs = 10_000): Promise<InboxMessage> => {
    for (;;) {
      const message = await receive(timeoutMs);
      if (message.offer.id !== probeId) return message;
    }
  };
  // The server subscribes to the topic asynchronously: publish probes until one arrives, so nothing later is missed.
  const probe: InboxNotice = {
    kind: InboxEventKind.WITHDRAWN,
    offer: {
      id: probeId,
      questionId: randomUUID(),
      brandId: randomUUID(),
      expertId: randomUUID(),
      userId,
      round: 0,
      wave: 0,
      score: 0,
      status: OfferStatus.WITHDRAWN,
      offeredAt: new Date().toISOString(),
      expiresAt: new Date().toISOString(),
      respondedAt: null,
      declineReason: null,
    },
  };
  const first = receive(30_000);
  for (let arrived = false; !arrived; ) {
    await service.pubsub.publish(inboxTopic(userId), probe);
    arrived = await Promise.race([first.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 100))]);
  }
  if ((await first).offer.id !== probeId) throw new Error('unexpected first inbox message');
  return {
    client,
    next,
    close: async () => {
      await iterator.return?.();
      await client.dispose();
    },
  };
}
