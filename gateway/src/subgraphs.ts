// The subgraphs behind the gateway: their committed SDL files and where each answers.
import { config, type ServiceName } from '@peerdesk/runtime/config';

export interface SubgraphEntry {
  name: ServiceName;
  /** Relative to the repository root. */
  sdlPath: string;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'identity', sdlPath: 'subgraphs/identity/schema.graphql' },
  { name: 'questions', sdlPath: 'subgraphs/questions/schema.graphql' },
  { name: 'experts', sdlPath: 'subgraphs/experts/schema.graphql' },
  { name: 'rewards', sdlPath: 'subgraphs/rewards/schema.graphql' },
  { name: 'search', sdlPath: 'search/schema.graphql' },
];

export const subgraphUrl = (name: ServiceName) => config().serviceUrls[name];
