import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Field names that would hold a patient identifier. The database must never gain one. */
const IDENTIFIER =
  /(name|birth|dob|address|street|postcode|zip|phone|mobile|email|mrn|record|nhs|ssn|insurance|patient)/i;
const ALLOWED = new Set(['Handout.conditionId']);

function fieldsOf(schema: string): string[] {
  const fields: string[] = [];
  for (const [, model, body] of schema.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)) {
    for (const line of body!.split('\n')) {
      const field = line.trim().match(/^(\w+)\s+\w/)?.[1];
      if (field) fields.push(`${model}.${field}`);
    }
  }
  return fields;
}

describe('no patient identifiers in the database', () => {
  for (const file of ['prisma/schema.prisma', 'prisma/postgres/schema.prisma']) {
    it(`${file} has no field for a name, birth date, address, phone, email or record number`, () => {
      const fields = fieldsOf(readFileSync(file, 'utf8'));
      expect(fields.length).toBeGreaterThan(5);
      expect(fields.filter((f) => IDENTIFIER.test(f.split('.')[1]!) && !ALLOWED.has(f))).toEqual([]);
    });
  }

  it('the check would catch a planted field', () => {
    const planted = fieldsOf('model Handout {\n  id String @id\n  patientName String\n  birthDate DateTime\n}');
    expect(planted.filter((f) => IDENTIFIER.test(f.split('.')[1]!))).toEqual([
      'Handout.patientName',
      'Handout.birthDate',
    ]);
  });
});
