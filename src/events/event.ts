import type { Static, TObject } from 'typebox';
import type { FieldError } from '../errors/app-error.ts';
import { compileValueValidator } from '../http/validation.ts';

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

export interface EventDefinition<S extends TObject = TObject> {
  type: string;
  subjectType: string;
  description: string;
  /** Marketplaces receive it as a signed webhook (`type` is the webhook's event type). */
  webhook?: boolean;
  /**
   * The shape of `data`: checked on every write (a mismatch is a bug in the writer), and the
   * OpenAPI description of the webhook body, so receivers get an exact schema per event type.
   */
  data: S;
}

/** The data of an event of this definition, as its writer builds it. */
export type EventData<D extends EventDefinition> = Static<D['data']>;

const definitions = new Map<string, EventDefinition>();
const validators = new Map<string, (data: unknown) => FieldError[]>();

/** Registers an event type; the owning module calls this once, at import. */
export function defineEvent<S extends TObject>(definition: EventDefinition<S>): EventDefinition<S> {
  const existing = definitions.get(definition.type);
  if (existing && (existing.subjectType !== definition.subjectType || existing.data !== definition.data))
    throw new Error(`event type ${definition.type} is defined twice`);
  definitions.set(definition.type, definition);
  validators.set(definition.type, compileValueValidator(definition.data));
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
  const errors = validators.get(event.type)?.(event.data) ?? [];
  if (errors.length > 0)
    throw new Error(`event ${event.type} does not match its data schema: ${JSON.stringify(errors)}`);
}
