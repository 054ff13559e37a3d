// Partner API keys: created by brand admins, secret `pk_<id>_<random>` shown once and stored as sha256, revocable
// with effect on every gateway replica (announced on the revocations topic).
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@peerdesk/runtime/database';
import { badInput, forbidden, notFound } from '@peerdesk/runtime/errors';
import type { PubSub } from '@peerdesk/runtime/pubsub';
import { requireRole, type Viewer } from '@peerdesk/runtime/viewer';
import { BrandService } from '../brand/brand.service.ts';
import { announceRevocations, sha256 } from '../session/session.service.ts';
import { ApiKey } from './api-key.entity.ts';
import type { ApiKeyConnection, ApiKeyGrant, CreateApiKeyInput, CreatedApiKey } from './api-key.types.ts';

const SECRET_FORMAT = /^pk_([0-9a-f-]{36})_([0-9a-f]{48})$/;
const DEFAULT_RATE_LIMIT = 600;

const encodeCursor = (key: ApiKey) => Buffer.from(`${key.createdAt.toISOString()}|${key.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw badInput('`after` is not a cursor from this list.');
  return { createdAt, id };
}

export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
  ) {}

  async create(viewer: Viewer, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    await new BrandService(this.em).require(input.brandId);
    const admin = requireRole(viewer, input.brandId, ['admin']);
    const id = randomUUID();
    const secret = `pk_${id}_${randomBytes(24).toString('hex')}`;
    const apiKey = this.em.create(ApiKey, {
      id,
      brandId: input.brandId,
      name: input.name.trim(),
      scopes: [...new Set(input.scopes)],
      rateLimitPerMinute: input.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT,
      secretHash: sha256(secret),
      createdBy: admin.userId,
    });
    await this.em.persist(apiKey).flush();
    return { apiKey, secret };
  }

  async revoke(viewer: Viewer, id: string): Promise<ApiKey> {
    const apiKey = await this.em.findOne(ApiKey, { id });
    if (!apiKey) throw notFound('API key');
    requireRole(viewer, apiKey.brandId, ['admin']);
    if (!apiKey.revokedAt) {
      apiKey.revokedAt = new Date();
      await this.em.flush();
    }
    await announceRevocations(this.pubsub, { apiKeyIds: [apiKey.id] });
    return apiKey;
  }

  async list(viewer: Viewer, brandId: string, first: number, after?: string): Promise<ApiKeyConnection> {
    await new BrandService(this.em).require(brandId);
    requireRole(viewer, brandId, ['admin']);
    const cursor = after ? decodeCursor(after) : undefined;
    const rows = await this.em.find(
      ApiKey,
      cursor
        ? { brandId, $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }] }
        : { brandId },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    const page = rows.slice(0, first);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null },
    };
  }

  /** The gateway's check of a presented secret: the key's grant, or null when unknown, forged or revoked. */
  async verify(viewer: Viewer, secret: string): Promise<ApiKeyGrant | null> {
    if (viewer.kind !== 'gateway') throw forbidden('Only the gateway verifies API keys.');
    const match = SECRET_FORMAT.exec(secret);
    if (!match) return null;
    const apiKey = await this.em.findOne(ApiKey, { id: match[1]!, revokedAt: null });
    if (!apiKey) return null;
    const presented = Buffer.from(sha256(secret), 'hex');
    if (!timingSafeEqual(presented, Buffer.from(apiKey.secretHash, 'hex'))) return null;
    return {
      keyId: apiKey.id,
      brandId: apiKey.brandId,
      scopes: apiKey.scopes,
      rateLimitPerMinute: apiKey.rateLimitPerMinute,
      createdBy: apiKey.createdBy,
    };
  }

  async revokedSince(since: Date): Promise<string[]> {
    const rows = await this.em.find(ApiKey, { revokedAt: { $gt: since } }, { fields: ['id'] });
    return rows.map((row) => row.id);
  }

  createdBy(userId: string): Promise<ApiKey[]> {
    return this.em.find(ApiKey, { createdBy: userId }, { orderBy: { createdAt: 'asc' } });
  }
}
