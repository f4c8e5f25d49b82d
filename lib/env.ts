/**
 * The one place configuration is read. Every setting the app understands is declared here with its default and a Zod
 * check; a bad value is refused at start (scripts/check-env.ts from `npm start`, and instrumentation.ts for any
 * `next start`) with a message naming the variable, instead of surfacing later as `Retry-After: NaN` or a 500.
 *
 * Modules call `env()`, which re-reads `process.env` only when a relevant value changed (tests change settings between
 * cases), so reading configuration on every request costs a string comparison.
 */
import { z } from 'zod';

type Source = Record<string, string | undefined>;

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

const int = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .default(fallback),
  );

const flag = z.preprocess(
  blankToUndefined,
  z
    .enum(['1', '0', 'true', 'false'], { message: 'must be 1 or 0' })
    .transform((v) => v === '1' || v === 'true')
    .default(false),
);

const optionalText = z.preprocess(blankToUndefined, z.string().optional());

/** A public origin: http(s), no path, query or credentials. Kept without a trailing slash. */
const origin = z.preprocess(
  (value) => (typeof value === 'string' ? blankToUndefined(value.replace(/\/+$/, '')) : value),
  z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (
          (url.protocol === 'http:' || url.protocol === 'https:') &&
          url.origin === value &&
          !url.username &&
          !url.password
        );
      } catch {
        return false;
      }
    }, 'must be an origin such as https://gutskin.example.org (scheme and host, optional port, no path)')
    .optional(),
);

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** A FHIR base URL a SMART launch may name: https (http only on loopback), no credentials, query or fragment. */
export function isSmartIssuer(value: string): boolean {
  try {
    const url = new URL(value);
    const loopback = LOOPBACK_HOSTS.includes(url.hostname);
    return (
      (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) &&
      !url.username &&
      !url.password &&
      !url.search &&
      !url.hash
    );
  } catch {
    return false;
  }
}

/** One spelling per issuer: the URL as parsed, without trailing slashes (`iss` is compared by this). */
export const normaliseIssuer = (value: string): string => new URL(value).href.replace(/\/+$/, '');

export const EnvSchema = z.object({
  PORT: int(1, 65535, 3000),
  HOSTNAME: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or address to listen on')
      .default('0.0.0.0'),
  ),
  DATABASE_URL: optionalText,
  DATABASE_POOL_SIZE: int(1, 1000, 10),
  APP_ORIGIN: origin,
  /** `off` turns CDS Hooks client authentication off explicitly; anything else (or unset) means on. */
  CDS_AUTH: z.preprocess(
    (value) => (typeof value === 'string' ? blankToUndefined(value.toLowerCase()) : value),
    z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  ),
  CDS_TRUSTED_ISSUERS: optionalText,
  CDS_TRUSTED_ISSUERS_FILE: optionalText,
  CSP_FRAME_ANCESTORS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[\x20-\x7e]*$/, 'must be printable ASCII (sources separated by spaces)')
      .optional(),
  ),
  WRITE_RATE_LIMIT_PER_MINUTE: int(1, 1_000_000, 60),
  WRITE_RATE_LIMIT_BURST: int(1, 1_000_000, 30),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the socket peer is the client).
   * `1` is what earlier releases documented and keeps its meaning: one proxy.
   */
  TRUST_PROXY: z.preprocess(
    (value) => (value === 'false' ? '0' : value === 'true' ? '1' : value),
    int(0, 10, 0) as z.ZodType<number>,
  ),
  RATE_LIMIT_DISABLED: flag,
  /** Structured log level (pino): one line per CDS Hooks call at info. */
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankToUndefined(value.toLowerCase()) : value),
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  /** Staff sign-in through the organisation's OpenID Connect provider: issuer URL, client id and secret. */
  STAFF_OIDC_ISSUER: z.preprocess(
    (value) => (typeof value === 'string' ? blankToUndefined(value.replace(/\/+$/, '')) : value),
    z
      .string()
      .refine((value) => {
        try {
          const url = new URL(value);
          const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
          return (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) && !url.username && !url.search;
        } catch {
          return false;
        }
      }, 'must be the https URL of an OpenID Connect issuer (http only on loopback, for tests)')
      .optional(),
  ),
  STAFF_OIDC_CLIENT_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[\x21-\x7e]{1,200}$/, 'must be printable ASCII without spaces')
      .optional(),
  ),
  STAFF_OIDC_CLIENT_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[\x21-\x7e]{1,500}$/, 'must be printable ASCII without spaces')
      .optional(),
  ),
  /** What the sign-in button says, e.g. "Sign in with Contoso Health". */
  STAFF_OIDC_LABEL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[^\u0000-\u001f\u007f<>]{1,80}$/, 'must be 1 to 80 characters of plain text')
      .optional(),
  ),
  /** Signs staff session cookies. Unset: a random key is created in the database once and shared by all instances. */
  STAFF_SESSION_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, 'must be at least 32 characters (use `openssl rand -base64 32`)').optional(),
  ),
  /**
   * SMART App Launch: the FHIR servers (`iss`) this app may be launched from, whitespace- or comma-separated base
   * URLs (https; http only on loopback, for tests). Unset: /launch refuses every launch and says how to set it up.
   */
  SMART_ISSUERS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value) => value.split(/[\s,]+/).filter(Boolean))
      .pipe(
        z
          .array(
            z.string().refine(isSmartIssuer, 'must list https FHIR base URLs (http only on loopback), without query'),
          )
          .max(50, 'must list at most 50 issuers'),
      )
      .transform((list) => [...new Set(list.map(normaliseIssuer))])
      .optional(),
  ),
  /** This app's client id at the EHR's authorization server (one registration, shared by the listed issuers). */
  SMART_CLIENT_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[\x21-\x7e]{1,200}$/, 'must be printable ASCII without spaces')
      .optional(),
  ),
  /** Set: a confidential client (client_secret_basic). Unset: a public client (PKCE only). */
  SMART_CLIENT_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[\x21-\x7e]{1,500}$/, 'must be printable ASCII without spaces')
      .optional(),
  ),
  /** The redirect URI registered with the EHR. Unset: APP_ORIGIN + /launch/callback. */
  SMART_REDIRECT_URI: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.hash;
        } catch {
          return false;
        }
      }, 'must be an http(s) URL without credentials or fragment')
      .optional(),
  ),
  /**
   * CDS Hooks feedback older than this many days is deleted (lib/db/retention.ts, at most once an hour). Unset or
   * blank: 400 days (a year of audit plus a margin). There is no "keep forever": 0 is refused, 3650 (ten years) is the
   * longest, so the table cannot grow without bound.
   */
  FEEDBACK_RETENTION_DAYS: int(1, 3650, 400),
  /**
   * Content reports (problems with the content sent from the workspace) older than this many days are deleted
   * (lib/db/retention.ts, at most once an hour). Unset or blank: 400 days. As for feedback, 0 (keep forever) is refused.
   */
  CONTENT_REPORT_RETENTION_DAYS: int(1, 3650, 400),
});

export type Env = z.infer<typeof EnvSchema>;

const KEYS = Object.keys(EnvSchema.shape) as (keyof Env)[];

export class EnvError extends Error {
  override name = 'EnvError';
}

/** Parses the settings; the error names each bad variable and says what it must be. */
export function parseEnv(source: Source = process.env): { ok: true; env: Env } | { ok: false; errors: string[] } {
  const picked = Object.fromEntries(KEYS.map((k) => [k, source[k]]));
  const result = EnvSchema.safeParse(picked);
  if (result.success) return { ok: true, env: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '(environment)');
      const raw = source[name];
      const shown = raw === undefined ? '' : ` (got ${JSON.stringify(raw.slice(0, 60))})`;
      return `${name} ${issue.message}${shown}.`;
    }),
  };
}

/** Checks that need more than one setting; what `npm start` refuses to start with. */
export function startupProblems(value: Env, production = false): string[] {
  const problems: string[] = [];
  if (production && !value.APP_ORIGIN) {
    problems.push(
      'APP_ORIGIN must be set for a production start: printed QR codes, CDS card links and the override-reason code ' +
        'system are built from it, never from the Host header a client sends. Set APP_ORIGIN=https://your.public.host ' +
        '(`npm start` on a local install sets http://localhost:PORT itself).',
    );
  }
  if (value.CDS_AUTH === 'on' && !value.APP_ORIGIN) {
    problems.push(
      'APP_ORIGIN must be set when CDS Hooks authentication is on (the JWT audience is built from it, never from the ' +
        'Host header). Set APP_ORIGIN=https://your.public.host, or CDS_AUTH=off for a local install without an EHR.',
    );
  }
  const oidc = [value.STAFF_OIDC_ISSUER, value.STAFF_OIDC_CLIENT_ID, value.STAFF_OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    problems.push(
      'Staff sign-in through OpenID Connect needs all three of STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID and ' +
        'STAFF_OIDC_CLIENT_SECRET; set the missing ones or unset all three.',
    );
  }
  if (oidc.every(Boolean) && !value.APP_ORIGIN) {
    problems.push(
      'APP_ORIGIN must be set when staff sign-in uses OpenID Connect: the redirect URI registered with the identity ' +
        'provider is APP_ORIGIN + /staff/oidc/callback, never built from the Host header.',
    );
  }
  const smart = [value.SMART_ISSUERS?.length ? 'x' : undefined, value.SMART_CLIENT_ID];
  if (smart.some(Boolean) && !smart.every(Boolean)) {
    problems.push(
      'SMART App Launch needs both SMART_ISSUERS (the FHIR servers allowed to launch the app) and SMART_CLIENT_ID; ' +
        'set the missing one or unset both.',
    );
  }
  if (value.SMART_CLIENT_SECRET && !value.SMART_CLIENT_ID) {
    problems.push('SMART_CLIENT_SECRET is set without SMART_CLIENT_ID; set the client id or unset the secret.');
  }
  if (smart.every(Boolean) && !value.SMART_REDIRECT_URI && !value.APP_ORIGIN) {
    problems.push(
      'SMART App Launch needs SMART_REDIRECT_URI or APP_ORIGIN: the redirect URI registered with the EHR is ' +
        'APP_ORIGIN + /launch/callback unless set, never built from the Host header.',
    );
  }
  return problems;
}

/** Everything wrong with the environment, as lines for a start-up message (empty when it is fine). */
export function checkEnv(source: Source = process.env): string[] {
  const parsed = parseEnv(source);
  return parsed.ok ? startupProblems(parsed.env, source.NODE_ENV === 'production') : parsed.errors;
}

let cached: { key: string; env: Env } | undefined;

/** The current settings. Throws EnvError on a bad value (start-up refuses those, so this is a safety net). */
export function env(source: Source = process.env): Env {
  const key = KEYS.map((k) => source[k] ?? '\u0001').join('\u0000');
  if (cached?.key === key) return cached.env;
  const parsed = parseEnv(source);
  if (!parsed.ok) throw new EnvError(`Invalid configuration: ${parsed.errors.join(' ')}`);
  cached = { key, env: parsed.env };
  return parsed.env;
}
