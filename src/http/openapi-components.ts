/**
 * Named schemas become OpenAPI components. A schema given a component-like `title` ("Problem",
 * "StatementBody") is written once under `components.schemas` and referenced everywhere it is
 * used, so the document (and the client generated from it) says each shape once. Validation and
 * serialization are unaffected: they use the schemas in place.
 */
const COMPONENT_NAME = /^[A-Z][A-Za-z0-9]{2,63}$/;

type Node = Record<string, unknown>;

export function hoistNamedSchemas<D extends object>(doc: D): D {
  const found = new Map<string, { schema: Node; text: string }>();
  const visit = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => visit(v, `${path}/${i}`));
    if (value === null || typeof value !== 'object') return value;
    const node = value as Node;
    const out: Node = {};
    for (const [key, child] of Object.entries(node)) out[key] = visit(child, `${path}/${key}`);
    const title = node.title;
    if (typeof title !== 'string' || !COMPONENT_NAME.test(title) || path.startsWith('#/components'))
      return out;
    const text = JSON.stringify(out);
    const seen = found.get(title);
    if (seen && seen.text !== text)
      throw new Error(
        `two different schemas are titled ${title} (second at ${path}); titles name components`,
      );
    if (!seen) found.set(title, { schema: out, text });
    return { $ref: `#/components/schemas/${title}` };
  };
  const { components, ...rest } = doc as { components?: Node };
  const hoisted = visit(rest, '#') as Node;
  const schemas = { ...((components?.schemas as Node | undefined) ?? {}) };
  for (const [name, { schema }] of [...found].sort(([a], [b]) => a.localeCompare(b))) schemas[name] = schema;
  return { ...hoisted, components: { ...(components ?? {}), schemas } } as unknown as D;
}
