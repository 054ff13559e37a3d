import { writeSubgraphSdl } from '@peerdesk/runtime/service';
import { identity } from './service.ts';

await writeSubgraphSdl(identity, new URL('../schema.graphql', import.meta.url).pathname);
