import { declareTables } from '../shared/tables.ts';

/** Public API of webhooks: signed deliveries to marketplaces, fed by domain events. */
export { webhookSubscriber } from './subscriber.ts';
export { openApiWebhooks, webhookRoutes } from './webhook.routes.ts';
export type { WebhookAttempt, WebhookDelivery } from './webhook.service.ts';
export { getDelivery, listDeliveries, replayDelivery } from './webhook.service.ts';
export {
  MAX_ATTEMPTS,
  nextRetryDelayMs,
  parseSignatureHeader,
  signatureHeader,
  verifySignatureHeader,
  WEBHOOK_DELIVERY_SEMANTICS,
  type WebhookEvent,
} from './webhook.ts';
export {
  type DeliverOptions,
  deliverDueWebhooks,
  startWebhookWorker,
  type WebhookWorker,
  type WebhookWorkerLog,
} from './webhook.worker.ts';

import { registerSubscriber } from '../events/index.ts';
import { webhookSubscriber as subscriber } from './subscriber.ts';

registerSubscriber(subscriber);

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['webhook_deliveries', 'webhook_attempts'],
});
