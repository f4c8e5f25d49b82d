import { describe, expect, it } from 'vitest';
import { problemFromResponse, ProblemError } from './problem';

describe('problemFromResponse', () => {
  it('keeps the detail and every field error of a problem+json answer', async () => {
    const body = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      detail: 'age must be at most 120',
      errors: [{ path: 'age', message: 'age must be at most 120' }],
    };
    const problem = await problemFromResponse(
      new Response(JSON.stringify(body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    expect(problem).toBeInstanceOf(ProblemError);
    expect(problem).toMatchObject({ status: 400, title: 'Invalid request', detail: 'age must be at most 120' });
    expect(problem.errors).toEqual([{ path: 'age', message: 'age must be at most 120' }]);
  });

  it('still gives a sentence a person can read when the body is not a problem (a proxy error page)', async () => {
    const problem = await problemFromResponse(
      new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect(problem.status).toBe(502);
    expect(problem.detail).toBe('The server answered 502 Bad Gateway. Try again in a moment.');
    expect(problem.errors).toEqual([]);
  });

  it('keeps a good detail when the error list is malformed', async () => {
    const problem = await problemFromResponse(
      Response.json({ detail: 'Unknown condition "x".', errors: 'nope' }, { status: 400 }),
    );
    expect(problem.detail).toBe('Unknown condition "x".');
    expect(problem.errors).toEqual([]);
  });
});
