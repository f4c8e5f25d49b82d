/**
 * What each setting in lib/env.ts means, for people: the configuration tables in README.md and docs/deployment.md are
 * generated from these rows (`npm run docs:generate`; `npm run lint` fails when a table differs or a setting has no row).
 */
import type { Env } from './env';

export interface EnvDocRow {
  /** Settings documented together in one row (e.g. a client id and its secret). */
  variables: (keyof Env)[];
  /** The default as a reader should see it (markdown). */
  default: string;
  /** What it does (markdown, one line). */
  meaning: string;
}

export const ENV_DOCS: EnvDocRow[] = [
  {
    variables: ['PORT'],
    default: '`3000`',
    meaning: 'Port to serve on (1–65535)',
  },
  {
    variables: ['HOSTNAME'],
    default: '`0.0.0.0`',
    meaning: 'Address to listen on (`npm start`)',
  },
  {
    variables: ['DATABASE_URL'],
    default: '`file:./data/gutskin.db`',
    meaning: '`file:…` for embedded SQLite, `postgresql://…` for PostgreSQL',
  },
  {
    variables: ['DATABASE_POOL_SIZE'],
    default: '`10`',
    meaning: 'PostgreSQL connections per instance (1–1000)',
  },
  {
    variables: ['APP_ORIGIN'],
    default: 'unset',
    meaning:
      'Public origin, e.g. `https://gutskin.example.org` (no path): the QR code on printed handouts, absolute links in CDS cards and the CDS JWT `aud`. **Required for a production start** (`next start`); `npm start` on a local install sets `http://localhost:PORT` and says so. Links never follow the Host header',
  },
  {
    variables: ['CDS_AUTH'],
    default: '`on` (`npm start` on a local install: `off`, with a warning)',
    meaning:
      '`off` accepts unauthenticated CDS Hooks calls (local testing only); `on` with no trusted issuers refuses every call (503). See docs/decisions/0006',
  },
  {
    variables: ['CDS_TRUSTED_ISSUERS'],
    default: 'unset',
    meaning:
      'CDS Hooks client authentication: JSON mapping each trusted issuer to its public JWKS (file path or inline), e.g. `{"https://sandbox.cds-hooks.org": "/etc/gutskin/sandbox-jwks.json"}`',
  },
  {
    variables: ['CDS_TRUSTED_ISSUERS_FILE'],
    default: 'unset',
    meaning: 'Path to a JSON file holding that object (used when `CDS_TRUSTED_ISSUERS` is unset)',
  },
  {
    variables: ['CSP_FRAME_ANCESTORS'],
    default: "`'self'`",
    meaning: "Who may embed the app in a frame, e.g. `'self' https://ehr.example.org` (printable ASCII)",
  },
  {
    variables: ['WRITE_RATE_LIMIT_PER_MINUTE', 'WRITE_RATE_LIMIT_BURST'],
    default: '`60` / `30`',
    meaning: 'Per-client limits on saving handouts and CDS feedback, per instance (whole numbers ≥ 1)',
  },
  {
    variables: ['TRUST_PROXY'],
    default: '`0`',
    meaning:
      'How many reverse proxies in front append to `X-Forwarded-For` (`1`: one proxy). With it set, clients are told apart by the right-most address no trusted proxy got from the client, and `X-Forwarded-Host`/`-Proto` are believed',
  },
  {
    variables: ['RATE_LIMIT_DISABLED'],
    default: '`0`',
    meaning: '`1` turns the write rate limit off (tests and benchmarks only)',
  },
  {
    variables: ['LOG_LEVEL'],
    default: '`info`',
    meaning:
      'Structured log level (pino JSON lines on stdout): `info` logs one line per CDS Hooks call (client, service, hookInstance, status, latency; no patient data); `silent` turns logs off',
  },
  {
    variables: ['STAFF_OIDC_ISSUER', 'STAFF_OIDC_CLIENT_ID', 'STAFF_OIDC_CLIENT_SECRET'],
    default: 'unset',
    meaning:
      "Staff sign-in through the organisation's OpenID Connect provider: its issuer URL (https), and this app's confidential client, registered with the redirect URI `APP_ORIGIN/staff/oidc/callback`. All three or none; needs `APP_ORIGIN`",
  },
  {
    variables: ['STAFF_OIDC_LABEL'],
    default: "`your organisation's sign-in`",
    meaning: 'What the sign-in button names, e.g. `Contoso Health`',
  },
  {
    variables: ['STAFF_SESSION_SECRET'],
    default: 'unset',
    meaning:
      'Signs staff session cookies (at least 32 characters). Unset: a random key is created in the database once and shared by every instance',
  },
  {
    variables: ['SMART_ISSUERS'],
    default: 'unset',
    meaning:
      'SMART App Launch: the FHIR base URLs (`iss`) allowed to launch the app at `/launch`, separated by spaces or commas (https; http only on loopback). A launch from any other `iss` is refused with a page saying so. Unset: SMART launch is off. What is configured is shown at `/launch/setup`; see docs/decisions/0009',
  },
  {
    variables: ['SMART_CLIENT_ID', 'SMART_CLIENT_SECRET'],
    default: 'unset',
    meaning:
      "This app's client id at the EHR's authorization server (needed with `SMART_ISSUERS`), and its secret for a confidential client (`client_secret_basic`); without a secret the app is a public client. PKCE S256 either way",
  },
  {
    variables: ['SMART_REDIRECT_URI'],
    default: '`APP_ORIGIN/launch/callback`',
    meaning: 'The redirect URI registered with the EHR for SMART launch (http(s), no fragment)',
  },
  {
    variables: ['FEEDBACK_RETENTION_DAYS'],
    default: '`400`',
    meaning:
      'CDS Hooks feedback older than this many days is deleted (1–3650; unset or blank: 400), and with it the issued-card ledger (`CdsIssuedCard`): a card issued longer ago than this is deleted once no kept feedback points to it. The purge runs at start and then at most once an hour after a feedback write, in chunks, and never delays or fails a write (a failure is logged). `0` is refused: there is no keep-forever setting, so the table stays bounded; archive the CSV export first if you need older entries',
  },
  {
    variables: ['CONTENT_REPORT_RETENTION_DAYS'],
    default: '`400`',
    meaning:
      'Content reports (problems with the content sent from the workspace, listed at `/staff/content-reports`) older than this many days are deleted (1–3650; unset or blank: 400). The purge runs at start and then at most once an hour after a report is stored, in chunks, and never delays or fails the report (a failure is logged). `0` is refused: there is no keep-forever setting',
  },
];
