import { declareTables } from '../shared/tables.ts';

export {
  EventDispatcher,
  FOLLOWER_THROTTLE_MS,
  registeredSubscribers,
  registerSubscriber,
  type Subscriber,
} from './dispatcher.ts';
export { appendEvents, eventsInsertSql, eventsOfSubject, eventsParameter } from './event.repository.ts';
export {
  type DomainEvent,
  defineEvent,
  type EventData,
  type EventDefinition,
  eventDefinition,
  eventDefinitions,
  type NewEvent,
} from './event.ts';
export { natsEventPublisher } from './nats-publisher.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['events', 'event_head', 'event_cursors'],
});
