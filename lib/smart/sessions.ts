/**
 * SMART launch sessions, server-side only: the sign-in round trip (state, nonce, PKCE verifier) and then the tokens,
 * the patient in context and the "from the record" views, keyed by an opaque random id that is the only thing the
 * browser holds (an httpOnly SameSite=Lax cookie). In memory, bounded (least recently used go first) and idle-expiring:
 * nothing from the chart reaches the database, the URL or the browser's storage, and a restart forgets it all.
 * One instance's memory: behind a load balancer a launch needs sticky sessions, else the user is asked to launch
 * again (docs/decisions/0009).
 */
import { randomBytes } from 'node:crypto';
import type { FromRecord } from '@/lib/cds/chart-view';
import { createLru } from '@/lib/http/lru';

export const SMART_COOKIE = 'gutskin_smart';
/** Idle time after which a session is forgotten (the cookie lives as long). */
export const SESSION_IDLE_SECONDS = 2 * 3600;
/** The sign-in round trip must come back within this. */
export const TRANSACTION_SECONDS = 600;
const CAPACITY = 1000;

export interface LaunchTransaction {
  state: string;
  nonce: string;
  verifier: string;
  /** The FHIR base URL (normalised, on the allow-list). */
  iss: string;
  mode: 'ehr' | 'standalone';
  startedAt: number;
}

export interface LaunchTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms; null when the server did not say (then a 401 from the FHIR server is what tells). */
  expiresAt: number | null;
  /** Epoch ms the token was received. */
  issuedAt: number;
  scope: string;
}

export interface SmartSession {
  id: string;
  transaction: LaunchTransaction | null;
  /** Set once a launch completed. */
  launch: {
    iss: string;
    patientId: string;
    tokens: LaunchTokens;
    /** The CDS card's appContext condition, when the launch came from a card. */
    preferredCondition: string | null;
  } | null;
  fromRecord: FromRecord | null;
  /** When the chart was last read (epoch ms). */
  readAt: number | null;
}

const ID = /^[A-Za-z0-9_-]{43}$/;

// On globalThis: route handlers and pages may be bundled apart, and must see one store.
const KEY = Symbol.for('gutskin.smart.sessions');
type Store = ReturnType<typeof createLru<SmartSession>>;
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[KEY] ??= createLru<SmartSession>(CAPACITY, {
  ttlMs: SESSION_IDLE_SECONDS * 1000,
  now: () => Date.now(),
}));

export function newSession(): SmartSession {
  const session: SmartSession = {
    id: randomBytes(32).toString('base64url'),
    transaction: null,
    launch: null,
    fromRecord: null,
    readAt: null,
  };
  store.set(session.id, session);
  return session;
}

/** The session a cookie value names, or null (unknown, expired, or not the shape of an id). */
export function findSession(id: string | undefined | null): SmartSession | null {
  if (!id || !ID.test(id)) return null;
  return store.get(id) ?? null;
}

export function endSession(id: string | undefined | null): void {
  if (id && ID.test(id)) store.delete(id);
}

export const sessionCount = () => store.size;

/**
 * True when the access token is expired or about to (within 30 s, or a quarter of its lifetime when that is shorter),
 * so it is renewed before use rather than failing halfway through the reads.
 */
export function tokenExpired(tokens: { expiresAt: number | null; issuedAt: number }, now: number): boolean {
  if (tokens.expiresAt === null) return false;
  const margin = Math.min(30_000, (tokens.expiresAt - tokens.issuedAt) / 4);
  return now >= tokens.expiresAt - margin;
}
