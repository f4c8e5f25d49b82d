/**
 * Content-Security-Policy for pages. Dynamic pages get a per-request nonce (Next.js puts it on its scripts);
 * external scripts load from 'self' (no 'strict-dynamic', so the pre-rendered error pages' chunks still load);
 * pages pre-rendered at build time cannot carry a nonce, so they get the SHA-256 hashes of their own inline scripts,
 * computed after the build by scripts/csp-hashes.ts. Neither allows 'unsafe-inline' scripts.
 */
import { env } from '../env';

export interface CspOptions {
  /** Allowed framing ancestors, e.g. "'self'" or "'self' https://ehr.example.org". */
  frameAncestors: string;
  dev: boolean;
}

export function frameAncestorsFromEnv(value = env().CSP_FRAME_ANCESTORS): string {
  const cleaned = (value ?? '').replace(/[;,\r\n]/g, ' ').trim();
  return cleaned || "'self'";
}

function policy(scriptSrc: string, { frameAncestors, dev }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * For pages rendered per request. `fallbackHashes` are the inline scripts of the pre-rendered error pages
 * (not-found, global error), which Next.js may serve for any address and which carry no nonce.
 */
export const nonceCsp = (nonce: string, fallbackHashes: readonly string[], options: CspOptions) =>
  policy(["'self'", `'nonce-${nonce}'`, ...fallbackHashes.map((h) => `'sha256-${h}'`)].join(' '), options);

export const hashCsp = (hashes: readonly string[], options: CspOptions) =>
  policy(["'self'", ...hashes.map((h) => `'sha256-${h}'`)].join(' '), options);

/** API answers are data, never documents to render or frame. */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'";
