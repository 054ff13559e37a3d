// Applies every service's migrations (and, with --seed, the demo community). Used by `npm start` and docker/.
import { migrateService, seedService } from '@peerdesk/runtime/service';
import { SERVICES } from './services.ts';

export async function migrateAll(options: { databaseUrl?: string; seed: boolean; log?: (line: string) => void }): Promise<void> {
  const definitions = await Promise.all(SERVICES.map((service) => service.load()));
  for (const definition of definitions) await migrateService(definition, options.databaseUrl);
  options.log?.(`migrations applied (${definitions.map((d) => d.name).join(', ')})`);
  if (!options.seed) return;
  for (const definition of definitions) await seedService(definition, options.databaseUrl);
  options.log?.('demo community seeded');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await migrateAll({ seed: process.argv.includes('--seed'), log: console.log });
}
