import { readFileSync } from 'node:fs';
import { Type } from 'typebox';
import type { BrandKnowledge } from './types.ts';

/**
 * The brand-knowledge format as one self-contained JSON Schema: docs/brand-knowledge.schema.json
 * (the published document, the single source) with its `$defs` references inlined, so the API can
 * use it as a request and response schema and the OpenAPI document shows it in place.
 */
const PUBLISHED = new URL('../../docs/brand-knowledge.schema.json', import.meta.url);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function inline(node: Json, defs: Record<string, Json>, depth = 0): Json {
  if (depth > 32) throw new Error('brand-knowledge schema: $ref nesting too deep (a cycle?)');
  if (Array.isArray(node)) return node.map((n) => inline(n, defs, depth));
  if (node === null || typeof node !== 'object') return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    const name = /^#\/\$defs\/([A-Za-z0-9_]+)$/.exec(ref)?.[1];
    const target = name === undefined ? undefined : defs[name];
    if (target === undefined) throw new Error(`brand-knowledge schema: unresolved $ref ${ref}`);
    const { $ref: _ref, ...rest } = node;
    return { ...(inline(target, defs, depth + 1) as object), ...(inline(rest, defs, depth) as object) };
  }
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id' || key === '$defs') continue;
    out[key] = inline(value, defs, depth);
  }
  return out;
}

export function brandKnowledgeJsonSchema(): object {
  const published = JSON.parse(readFileSync(PUBLISHED, 'utf8')) as { $defs?: Record<string, Json> } & Json;
  return inline(published as Json, published.$defs ?? {}) as object;
}

/** For routes: the published schema, typed as what `validateBrandKnowledge` returns. */
export const BrandKnowledgeSchema = Type.Unsafe<BrandKnowledge>({
  ...brandKnowledgeJsonSchema(),
  title: 'BrandKnowledge',
});
