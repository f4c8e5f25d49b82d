import { describe, expect, it } from 'vitest';
import { getKnowledgeBase } from '@/lib/kb';
import { conditionsResponse } from '@/lib/api/conditions';
import { workspaceCatalogue } from './catalogue';
import { searchConditions } from './search';

const conditions = workspaceCatalogue(conditionsResponse(getKnowledgeBase())).conditions;
const first = (text: string) => searchConditions(conditions, text)[0]?.id;

describe('condition search by what clinicians type', () => {
  it.each([
    ['psor', 'psoriasis'],
    ['eczema', 'atopic-dermatitis'],
    ['atopic eczema', 'atopic-dermatitis'],
    ['AD', 'atopic-dermatitis'],
    ['ad', 'atopic-dermatitis'],
    ['HS', 'hidradenitis-suppurativa'],
    ['seb derm', 'seborrheic-dermatitis'],
    ['dandruff', 'seborrheic-dermatitis'],
    ['seborrhoeic', 'seborrheic-dermatitis'],
    ['hives', 'chronic-urticaria'],
    ['CSU', 'chronic-urticaria'],
    ['acne', 'acne-vulgaris'],
    ['L20.9', 'atopic-dermatitis'],
    ['L40', 'psoriasis'],
    ['eczema prev', 'atopic-dermatitis-prevention'],
  ])('"%s" finds %s first', (text, id) => {
    expect(first(text)).toBe(id);
  });

  it('lists the prevention question too for "eczema", after treatment (and seborrhoeic eczema after both)', () => {
    expect(searchConditions(conditions, 'eczema').map((c) => c.id)).toEqual([
      'atopic-dermatitis',
      'atopic-dermatitis-prevention',
      'seborrheic-dermatitis',
    ]);
  });

  it('finds nothing for text no condition has, and everything for no text', () => {
    expect(searchConditions(conditions, 'zzz')).toEqual([]);
    expect(searchConditions(conditions, '  ')).toHaveLength(conditions.length);
  });

  it('an abbreviation names one condition only (so an exact match cannot be ambiguous)', () => {
    const all = conditions.flatMap((c) => c.abbreviations.map((a) => a.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });
});
