import { runService } from '@peerdesk/runtime/service';
import { questions } from './service.ts';

await runService(questions);
