import { writeSubgraphSdl } from '@peerdesk/runtime/service';
import { rewards } from './service.ts';

await writeSubgraphSdl(rewards, new URL('../schema.graphql', import.meta.url).pathname);
