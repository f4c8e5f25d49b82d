/** Problem details (RFC 9457) as the browser receives them, turned into an Error that keeps every field. */
// Read by hand rather than with Zod: this runs in the browser, and Zod would add ~45 KB to the workspace's first load.
import type { FieldError } from '@/lib/rules/input';

/** Each field is read on its own: a malformed `errors` list must not hide a good `detail`. */
export function readProblemBody(body: unknown): {
  title?: string;
  detail?: string;
  errors?: FieldError[];
} {
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const errors =
    Array.isArray(b.errors) &&
    b.errors.every((e) => e && typeof e === 'object' && typeof e.path === 'string' && typeof e.message === 'string')
      ? (b.errors as FieldError[]).map(({ path, message }) => ({ path, message }))
      : undefined;
  return { title: text(b.title), detail: text(b.detail), errors };
}

export interface Problem {
  status: number;
  title: string;
  detail: string;
  errors: FieldError[];
}

export class ProblemError extends Error implements Problem {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors;
  }
}

/** Reads a failed response as a problem; a body that is not problem+json still gives a sentence a person can read. */
export async function problemFromResponse(res: Response): Promise<ProblemError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON (a proxy error page, say): fall back to the status line.
  }
  const p = readProblemBody(body);
  return new ProblemError({
    status: res.status,
    title: p.title ?? (res.statusText || 'Request failed'),
    detail:
      p.detail ??
      `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}. Try again in a moment.`,
    errors: p.errors ?? [],
  });
}

/** A network failure (offline, server down) as a problem in plain words. */
export const networkProblem = () =>
  new ProblemError({
    status: 0,
    title: 'No connection',
    detail: 'Could not reach the server. Check the connection and try again.',
    errors: [],
  });
