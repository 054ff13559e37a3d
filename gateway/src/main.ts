import { config } from '@peerdesk/runtime/config';
import { logger, setLogService } from '@peerdesk/runtime/logger';
import { watchLauncher } from '@peerdesk/runtime/service';
import { startGateway } from './gateway.ts';

setLogService('gateway');
const gateway = await startGateway({ serviceUrls: config().serviceUrls, port: config().ports.gateway, host: config().host });
logger.info('serving', { url: gateway.url });

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info('stopping', { signal });
  gateway.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
watchLauncher(() => stop('launcher gone'));
