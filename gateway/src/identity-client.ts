// The gateway's own calls to identity's internal fields (hidden from the public API), signed as the gateway viewer.
import { VIEWER_HEADER, signViewer } from '@peerdesk/runtime/viewer';
import type { Revocations } from '@peerdesk/runtime/access-token';

export interface ApiKeyGrant {
  keyId: string;
  brandId: string;
  scopes: string[];
  rateLimitPerMinute: number;
  createdBy: string;
}

const TOKEN_TTL_MS = 60_000;

export class IdentityClient {
  private token: { value: string; until: number } | undefined;

  constructor(private readonly url: string) {}

  async revokedSince(since: Date): Promise<Revocations> {
    const data = await this.call<{ revokedSince: Revocations }>(
      'query ($since: DateTimeISO!) { revokedSince(since: $since) { sessionIds apiKeyIds } }',
      {
        since: since.toISOString(),
      },
    );
    return data.revokedSince;
  }

  async verifyApiKey(secret: string): Promise<ApiKeyGrant | null> {
    const data = await this.call<{ verifyApiKey: ApiKeyGrant | null }>(
      'query ($secret: String!) { verifyApiKey(secret: $secret) { keyId brandId scopes rateLimitPerMinute createdBy } }',
      { secret },
    );
    return data.verifyApiKey;
  }

  private async call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    if (!this.token || this.token.until < Date.now()) {
      this.token = { value: await signViewer({ kind: 'gateway' }), until: Date.now() + TOKEN_TTL_MS };
    }
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: this.token.value },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (!body.data || body.errors?.length)
      throw new Error(`identity answered: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
    return body.data;
  }
}
