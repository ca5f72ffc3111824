import { accountRoutes } from '../accounts/accounts.routes.ts';
import { documentRoutes } from '../documents/document.routes.ts';
import { listingRoutes } from '../listings/listing.routes.ts';
import { marketplaceRoutes } from '../marketplaces/marketplace.routes.ts';
import { noticeRoutes } from '../notices/notice.routes.ts';
import { policyRoutes } from '../policies/policy.routes.ts';
import { reviewRoutes } from '../review/review.routes.ts';
import { rightRoutes } from '../rights/right.routes.ts';
import { takedownRoutes } from '../takedowns/takedown.routes.ts';
import type { RouteModule } from './app.ts';

/** Every route module of the API, in one list; the OpenAPI document is generated from them. */
export const routeModules: readonly RouteModule[] = [accountRoutes, marketplaceRoutes, listingRoutes, documentRoutes, rightRoutes, policyRoutes, noticeRoutes, reviewRoutes, takedownRoutes];
