import { runService } from '@peerdesk/runtime/service';
import { rewards } from './service.ts';

await runService(rewards);
