/**
 * A loopback FHIR R4 server for tests (node:http on 127.0.0.1, a random port): holds the resources of a request
 * fixture's prefetch and answers the reads and searches of the discovery templates, as an EHR's server would.
 * It can also misbehave on purpose: require a bearer token, page endlessly, hang, redirect, answer HTML.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour = 'normal' | 'endless-pages' | 'hang' | 'redirect-away' | 'html' | 'huge';

export interface FhirTestServer {
  /** The FHIR base URL, e.g. http://127.0.0.1:41234/fhir */
  url: string;
  /** Every request received: path with query, and the Authorization header. */
  requests: { path: string; authorization: string | undefined }[];
  /** Behaviour per resource type (default normal). */
  behaviour: Partial<Record<string, Behaviour>>;
  close(): Promise<void>;
}

export interface PatientRecord {
  patient: Record<string, unknown> & { id: string };
  /** Resources by type (Condition, MedicationRequest, AllergyIntolerance). */
  byType: Record<string, unknown[]>;
}

const TYPE_OF_KEY: Record<string, string> = {
  conditions: 'Condition',
  medications: 'MedicationRequest',
  allergies: 'AllergyIntolerance',
};

/** The record a request fixture's prefetch describes (every key filled; a null key is an empty list). */
export function recordFromPrefetch(prefetch: Record<string, unknown>): PatientRecord {
  const byType: Record<string, unknown[]> = {};
  for (const [key, type] of Object.entries(TYPE_OF_KEY)) {
    const value = prefetch[key] as { entry?: { resource?: unknown }[] } | null | undefined;
    byType[type] = (value?.entry ?? []).map((e) => e.resource).filter((r) => r !== undefined);
  }
  return { patient: prefetch.patient as PatientRecord['patient'], byType };
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/fhir+json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const outcome = (text: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'not-found', diagnostics: text }],
});

export interface FhirTestServerOptions {
  /** When set, every request must carry `Authorization: Bearer <token>` (else 401). */
  token?: string;
  /** Entries per search page (default 50). */
  pageSize?: number;
  /** A fixed port (default: a random one). */
  port?: number;
  /** Documents served without a token at `/fhir/.well-known/<name>` (e.g. `smart-configuration`). */
  wellKnown?: Record<string, unknown>;
  /**
   * Decides each data request instead of `token`: given the Authorization header and the patient the request is
   * about, true lets it through; false answers 401.
   */
  authorize?: (authorization: string | undefined, patientId: string | null) => boolean | Promise<boolean>;
}

export async function startFhirTestServer(
  records: PatientRecord[],
  options: FhirTestServerOptions = {},
): Promise<FhirTestServer> {
  const requests: FhirTestServer['requests'] = [];
  const behaviour: FhirTestServer['behaviour'] = {};
  const sockets = new Set<Socket>();
  const pageSize = options.pageSize ?? 50;
  let base = '';

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: `${url.pathname}${url.search}`, authorization: req.headers.authorization });
    const [, prefix, type, id] = url.pathname.split('/');
    if (prefix === 'fhir' && type === '.well-known' && id && options.wellKnown?.[id]) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(options.wellKnown[id]));
    }
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return json(res, 401, outcome('a bearer token is required'));
    }
    if (options.authorize) {
      const about =
        type === 'Patient' && id
          ? id
          : (url.searchParams.get('patient') ?? url.searchParams.get('subject')?.replace(/^Patient\//, '') ?? null);
      if (!(await options.authorize(req.headers.authorization, about)))
        return json(res, 401, outcome('a valid bearer token for this patient is required'));
    }
    if (prefix !== 'fhir' || !type) return json(res, 404, outcome('unknown path'));
    switch (behaviour[type] ?? 'normal') {
      case 'hang':
        return; // never answers
      case 'redirect-away':
        res.writeHead(302, { location: `http://192.0.2.1/fhir${url.pathname.slice(5)}${url.search}` });
        return res.end();
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html>login</html>');
      case 'huge':
        res.writeHead(200, { 'content-type': 'application/fhir+json' });
        return res.end(JSON.stringify({ resourceType: 'Bundle', type: 'searchset', pad: 'x'.repeat(3 * 1024 * 1024) }));
      default:
    }
    if (id) {
      const record = records.find((r) => r.patient.id === id);
      return type === 'Patient' && record
        ? json(res, 200, record.patient)
        : json(res, 404, outcome('no such resource'));
    }
    const patientId = url.searchParams.get('patient') ?? url.searchParams.get('subject')?.replace(/^Patient\//, '');
    const all = records.find((r) => r.patient.id === patientId)?.byType[type] ?? [];
    const page = Number(url.searchParams.get('_page') ?? '0');
    const entries = all.slice(page * pageSize, (page + 1) * pageSize).map((resource) => ({ resource }));
    const more = behaviour[type] === 'endless-pages' || (page + 1) * pageSize < all.length;
    const next = new URL(`${base}/${type}${url.search}`);
    next.searchParams.set('_page', String(page + 1));
    return json(res, 200, {
      resourceType: 'Bundle',
      type: 'searchset',
      total: all.length,
      link: [
        { relation: 'self', url: `${base}/${type}${url.search}` },
        ...(more ? [{ relation: 'next', url: next.href }] : []),
      ],
      entry: entries,
    });
  };

  const server = createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
  return {
    url: base,
    requests,
    behaviour,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A loopback URL where nothing listens (a server that is down). */
export async function downFhirServerUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/fhir`;
}
