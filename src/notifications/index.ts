import { declareTables } from '../shared/tables.ts';

/** Public API of notifications: one notify() for every module, and the caller's inbox. */
export {
  defineNotification,
  type NotificationBody,
  type NotificationDefinition,
  notificationDefinitions,
} from './notification.kinds.ts';
export { notificationRoutes } from './notification.routes.ts';
export { listNotifications, type NotificationView, notify } from './notification.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['notifications'],
});
