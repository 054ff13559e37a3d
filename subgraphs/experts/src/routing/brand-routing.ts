// A brand's routing settings, learnt from identity's BrandUpdated; brands never announced route with the defaults.
import type { EntityManager } from '@peerdesk/runtime/database';
import type { BrandUpdated } from '@peerdesk/runtime/events.contract';

/** Keeps the newest settings: a late, older BrandUpdated changes nothing, a repeated one neither. */
export async function applyBrandUpdated(em: EntityManager, event: BrandUpdated): Promise<void> {
  await em.execute(
    `insert into experts.brand_routing (brand_id, wave_minutes, updated_at) values (?, ?, ?)
     on conflict (brand_id) do update set wave_minutes = excluded.wave_minutes, updated_at = excluded.updated_at
     where experts.brand_routing.updated_at <= excluded.updated_at`,
    [event.brandId, event.waveMinutes, event.updatedAt],
  );
}

/** The wave interval, in ms, of each brand that has one. */
export async function waveIntervals(em: EntityManager, brandIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await em.execute<{ brand_id: string; wave_minutes: number }[]>(
    'select brand_id, wave_minutes from experts.brand_routing where brand_id = any(?::uuid[])',
    [`{${brandIds.join(',')}}`],
  );
  return new Map(rows.map((row) => [row.brand_id, row.wave_minutes * 60_000]));
}
