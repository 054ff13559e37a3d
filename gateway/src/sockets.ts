// graphql-ws sockets by the session or API key that opened them, so revoking either ends its live subscriptions.
import type { WebSocket } from 'ws';

/** graphql-ws `Forbidden`: the client treats it as final and does not reconnect with the same credentials. */
const REVOKED_CLOSE_CODE = 4403;

export class SocketRegistry {
  private readonly byOwner = new Map<string, Set<WebSocket>>();

  track(owner: string, socket: WebSocket): void {
    const set = this.byOwner.get(owner) ?? new Set<WebSocket>();
    set.add(socket);
    this.byOwner.set(owner, set);
    socket.once('close', () => {
      set.delete(socket);
      if (set.size === 0) this.byOwner.delete(owner);
    });
  }

  close(owners: readonly string[]): void {
    for (const owner of owners) {
      for (const socket of this.byOwner.get(owner) ?? []) socket.close(REVOKED_CLOSE_CODE, 'Session or API key revoked');
    }
  }
}
