import { writeSubgraphSdl } from '@peerdesk/runtime/service';
import { questions } from './service.ts';

await writeSubgraphSdl(questions, new URL('../schema.graphql', import.meta.url).pathname);
