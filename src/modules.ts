/**
 * Every domain module, imported once so that what each registers at load (event types, event
 * subscribers, deadline kinds and their handlers, timeline sources) is in place before anything
 * runs. The platform and every command import this; a new module adds one line here.
 */
import './accounts/index.ts';
import './appeals/index.ts';
import './audit/index.ts';
import './counter-notices/index.ts';
import './deadlines/index.ts';
import './decisions/index.ts';
import './documents/index.ts';
import './events/index.ts';
import './images/index.ts';
import './items/index.ts';
import './joint-force/index.ts';
import './ledger/index.ts';
import './licences/index.ts';
import './listings/index.ts';
import './marketplaces/index.ts';
import './notices/index.ts';
import './notifiers/index.ts';
import './notifications/index.ts';
import './outcomes/index.ts';
import './payments/index.ts';
import './policies/index.ts';
import './proactive/index.ts';
import './receipts/index.ts';
import './referrals/index.ts';
import './reports/index.ts';
import './review/index.ts';
import './rights/index.ts';
import './sellers/index.ts';
import './takedowns/index.ts';
import './test-buys/index.ts';
import './timeline/index.ts';
import './traders/index.ts';
import './transparency/index.ts';
import './webhooks/index.ts';
