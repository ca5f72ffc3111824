export type { DemoUser } from './demo-data.ts';
export { DEMO_LISTINGS, DEMO_MARKETPLACES, DEMO_USERS } from './demo-data.ts';
export { DEMO_JOINT_FORCE_LISTINGS } from './demo-joint-force.ts';
export type { DemoCredentials, DemoMarketplaceInfo } from './load-demo.ts';
export { demoState, loadDemo, reissueDemoMarketplaceKeys } from './load-demo.ts';
