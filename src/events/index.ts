export { EventDispatcher, registeredSubscribers, registerSubscriber, type Subscriber } from './dispatcher.ts';
export { appendEvents, eventsInsertSql, eventsOfSubject, eventsParameter } from './event.repository.ts';
export {
  type DomainEvent,
  defineEvent,
  type EventDefinition,
  eventDefinition,
  eventDefinitions,
  type NewEvent,
} from './event.ts';
export { natsEventPublisher } from './nats-publisher.ts';
