import { describe, expect, it } from 'vitest';
import { ENV_DOCS } from './env-docs';
import { envDocsProblems, renderEnvTable } from './env-table';

describe('configuration docs', () => {
  it('document every setting lib/env.ts reads, once', () => expect(envDocsProblems(ENV_DOCS)).toEqual([]));

  it('catch a setting with no row, one with two rows, and a row for a setting that is not read', () => {
    const [first, second, ...rest] = ENV_DOCS;
    expect(envDocsProblems([second!, ...rest])).toEqual([
      `${first!.variables[0]} is read by lib/env.ts but has no row in lib/env-docs.ts.`,
    ]);
    expect(envDocsProblems([first!, first!, second!, ...rest])).toEqual([
      `${first!.variables[0]} has more than one row.`,
    ]);
    const ghost = { variables: ['NOT_READ' as never], default: 'unset', meaning: 'x' };
    expect(envDocsProblems([...ENV_DOCS, ghost])).toEqual(['NOT_READ has a row but lib/env.ts does not read it.']);
  });

  it('render one table row per doc row, with pipes escaped', () => {
    const table = renderEnvTable([{ variables: ['PORT'], default: '`3000`', meaning: 'a | b' }]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toBe('| `PORT` | `3000` | a \\| b |');
  });
});
