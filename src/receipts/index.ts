import { declareTables } from '../shared/tables.ts';

export { receiptRoutes } from './receipt.routes.ts';
export { receiptOf } from './receipt.service.ts';
/**
 * Public API of receipts (issue 17 point 5): Ed25519-signed receipts of notices, decisions,
 * statements of reasons and counter-notices, bound to the audit-chain record of their creation,
 * checked offline by `ipp verify-receipt`.
 */
export {
  type Receipt,
  type ReceiptKind,
  type ReceiptVerdict,
  receiptSigningKey,
  verifyReceipt,
} from './receipt.ts';
export { runVerifyReceiptCommand } from './receipt-cli.ts';

/** The tables this module writes: none (a receipt is computed on request, nothing is stored). */
export const TABLES = declareTables({ owns: [] });
