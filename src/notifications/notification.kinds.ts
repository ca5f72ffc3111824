import type { Static, TSchema } from 'typebox';
import type { FieldError } from '../errors/app-error.ts';
import { compileValueValidator } from '../http/validation.ts';

/**
 * What a notification can say: each kind is defined once by the module that sends it, with the
 * exact shape of its body. `notify` checks every body against it (a mismatch is a bug in the
 * sender), and `GET /v1/notifications` describes each kind's body exactly in OpenAPI.
 */
export interface NotificationDefinition<S extends TSchema = TSchema> {
  kind: string;
  description: string;
  body: S;
}

export type NotificationBody<D extends NotificationDefinition> = Static<D['body']>;

const definitions = new Map<string, NotificationDefinition>();
const validators = new Map<string, (body: unknown) => FieldError[]>();

/** Registers a notification kind; the sending module calls this once, at import. */
export function defineNotification<S extends TSchema>(
  definition: NotificationDefinition<S>,
): NotificationDefinition<S> {
  const existing = definitions.get(definition.kind);
  if (existing && existing.body !== definition.body)
    throw new Error(`notification kind ${definition.kind} is defined twice`);
  definitions.set(definition.kind, definition);
  validators.set(definition.kind, compileValueValidator(definition.body));
  return definition;
}

export function notificationDefinitions(): NotificationDefinition[] {
  return [...definitions.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

/** Throws when the body does not match its kind's schema: a sender bug, never a user error. */
export function requireValidBody(kind: string, body: unknown): void {
  const validate = validators.get(kind);
  if (!validate) throw new Error(`notification kind ${kind} is not defined (defineNotification)`);
  const errors = validate(body);
  if (errors.length > 0)
    throw new Error(`notification ${kind} does not match its body schema: ${JSON.stringify(errors)}`);
}
