/**
 * Domain events: something happened to a subject (an item was decided, a listing removed, a
 * decision appealed), announced after the change commits. Modules define the event types they
 * emit; subscribers (webhooks, standing, ledgers, reports, the NATS publisher) follow them without
 * touching the modules that produce them.
 */

export interface NewEvent {
  /** Given when the writer needs the id before the write (a plan); otherwise assigned on write. */
  id?: string;
  type: string;
  subjectType: string;
  subjectId: string;
  /** The marketplace the event concerns, when it concerns one (webhooks are routed by it). */
  marketplaceId?: string | null;
  data: Record<string, unknown>;
}

export interface DomainEvent extends Required<NewEvent> {
  /** Commit order, gapless: assigned by the sequencer after the writing transaction committed. */
  seq: number;
  occurredAt: Date;
}

export interface EventDefinition {
  type: string;
  subjectType: string;
  description: string;
  /** Marketplaces receive it as a signed webhook (`type` is the webhook's event type). */
  webhook?: boolean;
}

const definitions = new Map<string, EventDefinition>();

/** Registers an event type; the owning module calls this once, at import. */
export function defineEvent(definition: EventDefinition): EventDefinition {
  const existing = definitions.get(definition.type);
  if (existing && existing.subjectType !== definition.subjectType)
    throw new Error(`event type ${definition.type} is defined twice with different subjects`);
  definitions.set(definition.type, definition);
  return definition;
}

export function eventDefinition(type: string): EventDefinition | undefined {
  return definitions.get(type);
}

export function eventDefinitions(): EventDefinition[] {
  return [...definitions.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/** Checks an event against its definition before it is written: an undefined type is a bug. */
export function requireDefined(event: NewEvent): void {
  const definition = definitions.get(event.type);
  if (!definition) throw new Error(`event type ${event.type} is not defined (defineEvent)`);
  if (definition.subjectType !== event.subjectType)
    throw new Error(`event ${event.type} is about a ${definition.subjectType}, not a ${event.subjectType}`);
}
