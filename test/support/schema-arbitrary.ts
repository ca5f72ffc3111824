import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document, with the classes of junk
 * an attacker or a careless client sends mixed in at every level: NUL and lone surrogates in text
 * (values and keys), impossible and out-of-range dates, wrong types, nulls, huge numbers and
 * strings, and deep nesting.
 */

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** Text that must be refused with a field error, never stored, never a 5xx. */
export const junkText = fc.oneof(
  fc.constantFrom(
    'a\u0000b',
    '\u0000',
    'x\ud800y',
    '\udfff',
    'end\ud83d',
    '0000-01-01',
    '2026-02-30',
    '10000-01-01',
    '2026-13-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '-1',
    '9'.repeat(40),
    'NaN',
    ' ',
    '',
    '\u202e\u200b\ufeff',
    '😀'.repeat(50),
    'ä'.repeat(3000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    maxLength: 3,
  }),
);

const hugeNumber = fc.constantFrom(
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e300,
  -1e300,
  Number.MIN_VALUE,
  -0,
  0.1,
  -1,
);

/** A value nested `depth` levels, to probe depth limits and recursive validators. */
export const deepValue = fc
  .integer({ min: 20, max: 3000 })
  .chain((depth) =>
    fc.constantFrom(
      JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
      JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`),
    ),
  );

export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hugeNumber,
  fc.integer(),
  junkText,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(junkText, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  deepValue,
);

export interface Pools {
  /** Real ids, so requests reach past "not found" into the services. */
  uuids: readonly string[];
  sha256s: readonly string[];
}

function validString(schema: JsonSchema, pools: Pools): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 60, 200);
  switch (schema.format) {
    case 'uuid':
      return pools.uuids.length > 0 ? fc.oneof(fc.constantFrom(...pools.uuids), fc.uuid()) : fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
    default:
      break;
  }
  if (schema.pattern) {
    if (schema.pattern === '^[0-9a-f]{64}$' && pools.sha256s.length > 0)
      return fc.oneof(fc.constantFrom(...pools.sha256s), fc.stringMatching(/^[0-9a-f]{64}$/));
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max);
    } catch {
      return fc.string({ minLength: min, maxLength: max });
    }
  }
  return fc.string({ minLength: min, maxLength: Math.max(min, max) });
}

/** A value that may satisfy the schema, or junk of one of the classes above (weight 1 in 4). */
export function fromSchema(schema: JsonSchema | undefined, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: validish(schema, pools, depth) },
    { weight: 1, arbitrary: wrongType },
  );
}

function validish(schema: JsonSchema | undefined, pools: Pools, depth: number): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches && branches.length > 0) return fc.oneof(...branches.map((b) => validish(b, pools, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return validish(schema.allOf[0], pools, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return validString(schema, pools);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1000, -(2 ** 31)),
        max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1000,
        max: schema.maximum ?? schema.exclusiveMaximum ?? 100_000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(fromSchema(schema.items, pools, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 3),
        maxLength: Math.min(Math.max(schema.maxItems ?? 3, schema.minItems ?? 0), 3),
      });
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, sub] of Object.entries(props)) shape[name] = fromSchema(sub, pools, depth + 1);
      const requiredKeys = Object.keys(props).filter((k) => required.has(k));
      const record = fc.record(shape, { requiredKeys });
      // Sometimes a key that is not in the schema, possibly with a forbidden character in its name.
      return fc.oneof(
        { weight: 4, arbitrary: record },
        {
          weight: 1,
          arbitrary: fc.tuple(record, junkText, fc.jsonValue({ maxDepth: 1 })).map(([r, k, v]) => ({
            ...(r as object),
            [k]: v,
          })),
        },
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 3 });
  }
}
