// Every Peerdesk service: its definition module (for migrations and seeds) and its process entry point.
import type { ServiceName } from '@peerdesk/runtime/config';
import type { ServiceDefinition } from '@peerdesk/runtime/service';

export interface ServiceEntry {
  name: ServiceName;
  main: string;
  load: () => Promise<ServiceDefinition>;
}

export const SERVICES: ServiceEntry[] = [
  { name: 'identity', main: 'subgraphs/identity/src/main.ts', load: async () => (await import('../subgraphs/identity/src/service.ts')).identity },
  { name: 'questions', main: 'subgraphs/questions/src/main.ts', load: async () => (await import('../subgraphs/questions/src/service.ts')).questions },
  { name: 'experts', main: 'subgraphs/experts/src/main.ts', load: async () => (await import('../subgraphs/experts/src/service.ts')).experts },
  { name: 'rewards', main: 'subgraphs/rewards/src/main.ts', load: async () => (await import('../subgraphs/rewards/src/service.ts')).rewards },
  { name: 'search', main: 'search/src/main.ts', load: async () => (await import('../search/src/service.ts')).search },
];
