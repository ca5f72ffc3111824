import type { TSchema } from 'typebox';
import type { Database } from '../db/database.ts';
import type { FieldError } from '../errors/app-error.ts';
import { compileValueValidator } from '../http/validation.ts';

/**
 * Policies are defined once, by the module that applies them: a key, a schema, a default, the
 * rules the schema cannot say, and what must follow a change. Every policy is stored the same way
 * (versioned rows of `policies`, the latest in force), validated on write and again on read, listed
 * at `GET /v1/policies` with its history. A new program adds a policy with one `definePolicy` call.
 */
export interface PolicyDefinition<T> {
  key: string;
  description: string;
  /** The body's JSON shape: validation on write and read, and the OpenAPI document. */
  schema: TSchema;
  defaultValue: T;
  /** Rules beyond the schema (cross-field, required fallbacks); pointers relative to the body. */
  check?: (body: T) => FieldError[];
  /** Who may read the policy in force: every signed-in party (clocks, SLAs) or operator staff. */
  readableBy: 'everyone' | 'operator_staff';
  /** Runs in the writing transaction after a new version is stored (e.g. rebuild detectors). */
  onChange?: (trx: Database) => Promise<void>;
}

interface Registered<T> extends PolicyDefinition<T> {
  validate(body: unknown): FieldError[];
}

const registry = new Map<string, Registered<unknown>>();

export function definePolicy<T>(definition: PolicyDefinition<T>): PolicyDefinition<T> {
  const existing = registry.get(definition.key);
  if (existing && existing.schema !== definition.schema)
    throw new Error(`policy ${definition.key} is defined twice`);
  const schemaErrors = compileValueValidator(definition.schema as object);
  const registered: Registered<T> = {
    ...definition,
    validate: (body) => {
      const errors = schemaErrors(body);
      return errors.length > 0 || !definition.check ? errors : definition.check(body as T);
    },
  };
  registry.set(definition.key, registered as Registered<unknown>);
  const defaultErrors = registered.validate(structuredClone(definition.defaultValue));
  if (defaultErrors.length > 0)
    throw new Error(`the default of policy ${definition.key} is invalid: ${JSON.stringify(defaultErrors)}`);
  return definition;
}

export function policyDefinition(key: string): Registered<unknown> | undefined {
  return registry.get(key);
}

export function policyDefinitions(): Registered<unknown>[] {
  return [...registry.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * A rule between two or more policies that no single one can check (an expedited SLA must be
 * shorter than ordinary review). Checked on every write of any of its policies against the versions
 * of the others in force; a contradiction is refused with errors pointing into the body written.
 */
export interface PolicyConstraint {
  keys: readonly string[];
  /** `bodies` holds the body being written under `writing` and the others in force. */
  check(bodies: Readonly<Record<string, unknown>>, writing: string): FieldError[];
}

const constraints: PolicyConstraint[] = [];

export function definePolicyConstraint(constraint: PolicyConstraint): void {
  constraints.push(constraint);
}

export function constraintsOf(key: string): readonly PolicyConstraint[] {
  return constraints.filter((c) => c.keys.includes(key));
}
