/**
 * The published JSON Schemas (docs/api/*.schema.json) are what the code answers: each is regenerated from the Zod
 * schema here and compared with the checked-in file. A change that breaks the contract is named field by field;
 * an additive one only asks for the files to be regenerated (`npm run docs:generate`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badRequest, notFound } from '@/lib/http/problem';
import { getKnowledgeBase } from '@/lib/kb';
import { recommend } from '@/lib/rules/engine';
import { conditionsResponse } from './conditions';
import { breakingChanges } from './schema-compat';
import { API_SCHEMAS, apiJsonSchema, ConditionsResponse, ProblemDetails } from './schemas';

const published = (name: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, '../../docs/api', `${name}.schema.json`), 'utf8')) as Record<
    string,
    unknown
  >;

describe.each(Object.entries(API_SCHEMAS))('docs/api/%s.schema.json', (name, schema) => {
  const generated = apiJsonSchema(schema);

  it('the code does not break the published schema (v1 is additive only)', () => {
    const broken = breakingChanges(published(name), generated);
    expect(
      broken,
      `The ${name} response no longer matches what docs/api/${name}.schema.json promises clients. Keep each field ` +
        'with its type and values; add a new field instead of renaming or retyping one.',
    ).toEqual([]);
  });

  it('is up to date (after an additive change: `npm run docs:generate`)', () => {
    expect(generated, `docs/api/${name}.schema.json is out of date: run \`npm run docs:generate\``).toEqual(
      published(name),
    );
  });
});

describe('real answers match the schemas the JSON Schemas are generated from', () => {
  it('GET /api/v1/conditions and GET /api/v1/recommendations', () => {
    const kb = getKnowledgeBase();
    expect(ConditionsResponse.safeParse(conditionsResponse(kb)).error).toBeUndefined();
    const answer = recommend(kb, { condition: 'psoriasis', regimen: [], factors: ['pregnant'], age: 30 });
    expect(API_SCHEMAS.recommendation.safeParse(answer).error).toBeUndefined();
  });

  it('problem details, with and without field errors', async () => {
    const withErrors = await badRequest('Unknown condition.', [{ path: 'condition', message: 'unknown' }]).json();
    expect(ProblemDetails.safeParse(withErrors).error).toBeUndefined();
    expect(ProblemDetails.safeParse(await notFound('No such handout.').json()).error).toBeUndefined();
  });
});

describe('breakingChanges', () => {
  const object = <P extends Record<string, unknown>>(properties: P, required: string[] = Object.keys(properties)) => ({
    type: 'object',
    properties,
    required,
  });
  const before = object({
    id: { type: 'string' },
    stance: { type: 'string', enum: ['consider', 'avoid'] },
    review: { anyOf: [object({ afterWeeks: { type: 'integer' } }), { type: 'null' }] },
    sources: { type: 'array', items: object({ doi: { anyOf: [{ type: 'string' }, { type: 'null' }] } }) },
  });
  const changed = (edit: (s: ReturnType<typeof structuredClone<typeof before>>) => void) => {
    const copy = structuredClone(before);
    edit(copy);
    return breakingChanges(before, copy);
  };

  it('accepts additions: a new property, a new description', () => {
    expect(
      changed((s) => {
        (s.properties as Record<string, unknown>).added = { type: 'boolean' };
        s.required.push('added');
        (s.properties.id as Record<string, unknown>).description = 'The id.';
      }),
    ).toEqual([]);
  });

  it('reports a removed or renamed property, also deep inside arrays and nullable objects', () => {
    expect(changed((s) => delete (s.properties as Record<string, unknown>).id)).toEqual(['$.id: property removed']);
    expect(
      changed((s) => {
        const item = s.properties.sources.items as { properties: Record<string, unknown> };
        item.properties.digitalObjectId = item.properties.doi;
        delete item.properties.doi;
      }),
    ).toEqual(['$.sources[].doi: property removed']);
    expect(
      changed(
        (s) => delete (s.properties.review.anyOf[0] as { properties: Record<string, unknown> }).properties.afterWeeks,
      ),
    ).toEqual(['$.review.afterWeeks: property removed']);
  });

  it('reports a changed type, a property that became optional or nullable, and a changed value set', () => {
    expect(changed((s) => (s.properties.id = { type: 'integer' } as never))).toEqual([
      '$.id: type changed from string to integer',
    ]);
    expect(changed((s) => (s.required = s.required.filter((r) => r !== 'id')))).toEqual([
      '$.id: no longer always present (was required)',
    ]);
    expect(changed((s) => (s.properties.id = { anyOf: [{ type: 'string' }, { type: 'null' }] } as never))).toEqual([
      '$.id: type changed from string to null | string',
    ]);
    expect(changed((s) => (s.properties.stance.enum = ['consider']))).toEqual(['$.stance: value(s) "avoid" removed']);
    expect(changed((s) => s.properties.stance.enum.push('maybe'))).toEqual([
      '$.stance: value(s) "maybe" added to a fixed value set',
    ]);
  });
});
