/** Public API of notifications: one notify() for every module, and the caller's inbox. */
export { notificationRoutes } from './notification.routes.ts';
export { listNotifications, type NotificationView, notify } from './notification.service.ts';
