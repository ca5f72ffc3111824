import { accountRoutes } from '../accounts/accounts.routes.ts';
import { appealRoutes } from '../appeals/appeal.routes.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { counterNoticeRoutes } from '../counter-notices/counter-notice.routes.ts';
import { decisionRoutes } from '../decisions/index.ts';
import { documentRoutes } from '../documents/document.routes.ts';
import { imageRoutes } from '../images/index.ts';
import { jointForceRoutes } from '../joint-force/index.ts';
import { ledgerRoutes } from '../ledger/index.ts';
import { licenceRoutes } from '../licences/index.ts';
import { listingRoutes } from '../listings/listing.routes.ts';
import { marketplaceRoutes } from '../marketplaces/marketplace.routes.ts';
import { noticeRoutes } from '../notices/notice.routes.ts';
import { notificationRoutes } from '../notifications/index.ts';
import { expediteRoutes } from '../notifiers/expedite.routes.ts';
import { misuseRoutes, notifierRoutes } from '../notifiers/index.ts';
import { outcomeRoutes } from '../outcomes/outcome.routes.ts';
import { paymentRoutes } from '../payments/index.ts';
import { policyRoutes } from '../policies/policy.routes.ts';
import { putbackPolicyRoutes } from '../policies/putback.routes.ts';
import { proactiveRoutes } from '../proactive/proactive.routes.ts';
import { reasonTemplateRoutes } from '../reason-templates/index.ts';
import { receiptRoutes } from '../receipts/index.ts';
import { referralRoutes } from '../referrals/index.ts';
import { reportRoutes } from '../reports/index.ts';
import { reviewRoutes } from '../review/review.routes.ts';
import { rightRoutes } from '../rights/right.routes.ts';
import { sellerRoutes } from '../sellers/index.ts';
import { testBuyRoutes } from '../test-buys/index.ts';
import { timelineRoutes } from '../timeline/timeline.routes.ts';
import { traderRoutes } from '../traders/index.ts';
import { transparencyRoutes } from '../transparency/index.ts';
import { webhookRoutes } from '../webhooks/index.ts';
import type { RouteModule } from './app.ts';

/** Every route module of the API, in one list; the OpenAPI document is generated from them. */
export const routeModules: readonly RouteModule[] = [
  accountRoutes,
  marketplaceRoutes,
  listingRoutes,
  documentRoutes,
  rightRoutes,
  policyRoutes,
  noticeRoutes,
  reviewRoutes,
  reasonTemplateRoutes,
  decisionRoutes,
  webhookRoutes,
  putbackPolicyRoutes,
  counterNoticeRoutes,
  outcomeRoutes,
  notificationRoutes,
  appealRoutes,
  timelineRoutes,
  proactiveRoutes,
  licenceRoutes,
  auditRoutes,
  sellerRoutes,
  ledgerRoutes,
  paymentRoutes,
  traderRoutes,
  misuseRoutes,
  expediteRoutes,
  notifierRoutes,
  testBuyRoutes,
  referralRoutes,
  reportRoutes,
  jointForceRoutes,
  imageRoutes,
  receiptRoutes,
  transparencyRoutes,
];
