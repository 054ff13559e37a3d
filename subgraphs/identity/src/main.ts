import { runService } from '@peerdesk/runtime/service';
import { identity } from './service.ts';

await runService(identity);
