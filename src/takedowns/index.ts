/** Public API of takedowns: applying removals, statements of reasons, and signed webhooks. */

export { applyReinstatement, type ReinstatementInput, type ReinstatementResult } from './reinstatement.ts';
export {
  applyRemoval,
  type DecidedRemoval,
  type DecidedRemovalInput,
  decideRemoval,
  type RemovalInput,
  type RemovalResult,
} from './removal.ts';
export type { StatementBody } from './statement.schema.ts';
export { buildStatement, type StatementInput } from './statement.ts';
export { takedownRoutes } from './takedown.routes.ts';
export type { Statement, StatementSummary } from './takedown.service.ts';
export { getStatement, listStatements, verifySnapshot } from './takedown.service.ts';
export type { WebhookAttempt, WebhookDelivery } from './webhook.service.ts';
export { enqueueWebhook, getDelivery, listDeliveries, replayDelivery } from './webhook.service.ts';
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
