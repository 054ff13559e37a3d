import { writeSubgraphSdl } from '@peerdesk/runtime/service';
import { search } from './service.ts';

await writeSubgraphSdl(search, new URL('../schema.graphql', import.meta.url).pathname);
