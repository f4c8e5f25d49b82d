/**
 * What a new JSON Schema of a response breaks for clients written against the old one. Within v1 the contract only
 * grows (docs/api.md): a field may be added, nothing may go. Breaking, for a response: a property removed (or renamed,
 * which is a removal), a property no longer always present, a change of JSON type (including becoming nullable), and
 * a changed value set (an enum value removed, or added: the value sets are fixed, so a client may switch on them).
 * Descriptions, patterns and bounds are not compared.
 */
type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const members = (s: Schema): Schema[] => [...((s.anyOf ?? s.oneOf ?? []) as unknown[])].filter(isSchema);

/** The JSON types a value of this schema can have ('integer' kept apart from 'number'). */
function types(s: Schema): Set<string> {
  const out = new Set<string>();
  if (typeof s.type === 'string') out.add(s.type);
  if (Array.isArray(s.type)) for (const t of s.type) out.add(String(t));
  if ('const' in s) out.add(s.const === null ? 'null' : typeof s.const);
  if (Array.isArray(s.enum)) for (const v of s.enum) out.add(v === null ? 'null' : typeof v);
  for (const m of members(s)) for (const t of types(m)) out.add(t);
  // A string enum says 'string' through its values: count it once.
  return out;
}

/** The fixed values of a schema (enum and const, through unions), or null when it has none. */
function values(s: Schema): Set<string> | null {
  const own = [...(Array.isArray(s.enum) ? s.enum : []), ...('const' in s ? [s.const] : [])];
  const nested = members(s).map(values);
  if (own.length === 0 && nested.every((v) => v === null)) return null;
  const out = new Set(own.filter((v) => v !== null).map((v) => JSON.stringify(v)));
  for (const v of nested) for (const x of v ?? []) out.add(x);
  return out;
}

/** The non-null members of a union, merged for walking into properties and items. */
function objectPart(s: Schema): Schema {
  const parts = [s, ...members(s)];
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  let items: Schema | undefined;
  for (const p of parts) {
    if (isSchema(p.properties)) Object.assign(properties, p.properties);
    if (Array.isArray(p.required)) for (const r of p.required) required.add(String(r));
    if (isSchema(p.items)) items ??= p.items;
  }
  return { properties, required: [...required], items };
}

const show = (set: Set<string>) => [...set].sort().join(' | ') || '(none)';

export function breakingChanges(before: Schema, after: Schema, path = '$'): string[] {
  const found: string[] = [];
  const [typesBefore, typesAfter] = [types(before), types(after)];
  if (typesBefore.size > 0 && show(typesBefore) !== show(typesAfter))
    found.push(`${path}: type changed from ${show(typesBefore)} to ${show(typesAfter)}`);
  const [valuesBefore, valuesAfter] = [values(before), values(after)];
  if (valuesBefore) {
    const removed = [...valuesBefore].filter((v) => !valuesAfter?.has(v));
    const added = [...(valuesAfter ?? [])].filter((v) => !valuesBefore.has(v));
    if (removed.length) found.push(`${path}: value(s) ${removed.join(', ')} removed`);
    if (added.length) found.push(`${path}: value(s) ${added.join(', ')} added to a fixed value set`);
  }
  const [a, b] = [objectPart(before), objectPart(after)];
  const [propsBefore, propsAfter] = [a.properties as Record<string, Schema>, b.properties as Record<string, Schema>];
  const requiredAfter = new Set(b.required as string[]);
  for (const name of Object.keys(propsBefore)) {
    const at = `${path}.${name}`;
    if (!(name in propsAfter)) {
      found.push(`${at}: property removed`);
      continue;
    }
    if ((a.required as string[]).includes(name) && !requiredAfter.has(name))
      found.push(`${at}: no longer always present (was required)`);
    found.push(...breakingChanges(propsBefore[name]!, propsAfter[name]!, at));
  }
  if (a.items && b.items) found.push(...breakingChanges(a.items as Schema, b.items as Schema, `${path}[]`));
  else if (a.items) found.push(`${path}[]: items are no longer described`);
  return found;
}
