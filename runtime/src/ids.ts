// Stable ids derived from names (UUID v5-shaped), so services agree on an id without reading each other's tables.
import { createHash } from 'node:crypto';

export function stableId(name: string): string {
  const hex = createHash('sha1').update(`peerdesk:${name}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A person's expert profile in one brand has one id everywhere: experts, rewards and search derive it alike. */
export const expertId = (brandId: string, userId: string) => stableId(`expert:${brandId}:${userId}`);
