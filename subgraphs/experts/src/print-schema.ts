import { writeSubgraphSdl } from '@peerdesk/runtime/service';
import { experts } from './service.ts';

await writeSubgraphSdl(experts, new URL('../schema.graphql', import.meta.url).pathname);
