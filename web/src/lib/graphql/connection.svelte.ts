// The state of the live (graphql-ws) connection, for "reconnecting…" indicators.
export type LiveStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting';

class LiveConnection {
  status = $state<LiveStatus>('idle');
  /** Subscriptions currently open; a closed socket with none open is idle, not reconnecting. */
  active = $state(0);
  /** Increments on every reconnection after a drop, so pages can refetch what they missed. */
  reconnections = $state(0);
}

export const liveConnection = new LiveConnection();
