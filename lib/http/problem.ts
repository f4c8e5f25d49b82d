/** RFC 9457 problem details: the one error shape of every API route (schema: ProblemDetails in lib/api/schemas.ts). */
import type { FieldError } from '@/lib/rules/input';

export type { FieldError };

export interface ProblemInit {
  status: number;
  title: string;
  detail: string;
  errors?: FieldError[];
  type?: string;
  headers?: Record<string, string>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem({ status, title, detail, errors, type = 'about:blank', headers }: ProblemInit): Response {
  const body = { type, title, status, detail, ...(errors?.length ? { errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers },
  });
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  problem({ status: 400, title: 'Invalid request', detail, errors });

export const notFound = (detail: string) => problem({ status: 404, title: 'Not found', detail });

export const methodNotAllowed = (allowed: string[]) =>
  problem({
    status: 405,
    title: 'Method not allowed',
    detail: `This address answers ${allowed.join(', ')} only.`,
    headers: { Allow: allowed.join(', ') },
  });
