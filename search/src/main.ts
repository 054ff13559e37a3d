import { runService } from '@peerdesk/runtime/service';
import { search } from './service.ts';

await runService(search);
