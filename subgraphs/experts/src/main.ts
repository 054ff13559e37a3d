import { runService } from '@peerdesk/runtime/service';
import { experts } from './service.ts';

await runService(experts);
