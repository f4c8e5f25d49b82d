import 'server-only';
/**
 * The steps of a SMART launch that the /launch routes call (they stay thin): start, come back, read the chart again,
 * end. Failures answer a page that says what happened (lib/smart/page.ts); log lines name the issuer and the reason
 * only, never the patient, a token or anything from the chart.
 */
import { timingSafeEqual } from 'node:crypto';
import { viewsFromChart } from '@/lib/cds/chart-view';
import { cookieFrom, cookieIsSecure, clearCookie, setCookie } from '@/lib/auth/staff';
import { getKnowledgeBase } from '@/lib/kb';
import { stateFromSearchParams } from '@/lib/workspace/state';
import { FHIR_ID, readChart } from './chart';
import { beginLaunch, finishLaunch, refreshLaunch } from './client';
import { launchPage, SETUP_LINK, WORKSPACE_LINK } from './page';
import {
  endSession,
  findSession,
  newSession,
  SESSION_IDLE_SECONDS,
  SMART_COOKIE,
  type SmartSession,
  tokenExpired,
  TRANSACTION_SECONDS,
} from './sessions';
import { allowedIssuer, smartSetup, type SmartSetup } from './setup';

// Control characters out: an issuer or error text is attacker-chosen and must not forge log lines.
const warn = (line: string) =>
  console.warn(`GutSkin CDS: SMART launch: ${line.replace(/[\u0000-\u001f\u007f]/g, ' ')}`);
const brief = (error: unknown) => String(error instanceof Error ? error.message : error).slice(0, 200);

const RELAUNCH = 'Open GutSkin CDS again from the patient’s chart in the EHR.';

function notSetUp(): Response {
  return launchPage({
    status: 403,
    title: 'SMART launch is not set up here',
    paragraphs: [
      'This installation has no SMART App Launch configuration (SMART_ISSUERS and SMART_CLIENT_ID), so it cannot be opened from an EHR.',
    ],
    links: [SETUP_LINK, WORKSPACE_LINK],
  });
}

const sessionOf = (request: Request) => findSession(cookieFrom(request.headers.get('cookie'), SMART_COOKIE));

const sessionCookie = (request: Request, session: SmartSession) =>
  setCookie(SMART_COOKIE, session.id, SESSION_IDLE_SECONDS, cookieIsSecure(request));

function redirect(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  for (const c of cookies) headers.append('Set-Cookie', c);
  return new Response(null, { status: 303, headers });
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** GET /launch?iss=…[&launch=…]: EHR launch with `launch`, standalone without. */
export async function startLaunch(request: Request): Promise<Response> {
  const setup = smartSetup();
  if (!setup) return notSetUp();
  const params = new URL(request.url).searchParams;
  const iss = params.get('iss')?.trim() ?? '';
  const launch = params.get('launch');
  if (!iss || iss.length > 500) {
    return launchPage({
      status: 400,
      title: 'No FHIR server named',
      paragraphs: [
        'A SMART launch names the FHIR server it comes from: /launch?iss=<FHIR base URL> (standalone), with &launch=<launch id> when the EHR starts it.',
      ],
      links: [SETUP_LINK, WORKSPACE_LINK],
    });
  }
  if (launch !== null && !/^[\x21-\x7e]{1,1000}$/.test(launch)) {
    return launchPage({
      status: 400,
      title: 'The launch parameter is not valid',
      paragraphs: ['The EHR sent a launch parameter that is empty, too long or not plain text.', RELAUNCH],
      links: [WORKSPACE_LINK],
    });
  }
  const allowed = allowedIssuer(setup, iss);
  if (!allowed) {
    warn(`refused a launch from an issuer not on the allow-list (${iss.slice(0, 200)}).`);
    return launchPage({
      status: 403,
      title: 'This FHIR server is not allowed to launch the app',
      paragraphs: [
        `The launch came from ${iss.slice(0, 200)}, which is not on this installation’s allow-list (SMART_ISSUERS). Nothing was read and no sign-in was started.`,
        'FHIR servers allowed here:',
      ],
      list: setup.issuers,
      links: [SETUP_LINK, WORKSPACE_LINK],
    });
  }
  let begun;
  try {
    begun = await beginLaunch(setup, allowed, launch);
  } catch (error) {
    warn(`the SMART configuration of ${allowed} could not be used: ${brief(error)}`);
    return launchPage({
      status: 502,
      title: 'The EHR’s SMART configuration could not be read',
      paragraphs: [
        `${allowed}/.well-known/smart-configuration could not be read or is not usable (${brief(error)}). Nothing was read from the record.`,
        'Try again shortly; if it persists, the EHR team can check the server’s SMART configuration.',
      ],
      links: [WORKSPACE_LINK],
    });
  }
  // A new launch is a new patient: the previous launch in this browser is forgotten.
  endSession(cookieFrom(request.headers.get('cookie'), SMART_COOKIE));
  const session = newSession();
  session.transaction = begun.transaction;
  return redirect(begun.url.href, [sessionCookie(request, session)]);
}

/** A card's appContext: the workspace query it showed (`condition=…&…`), of which the condition is used. */
function preferredConditionFrom(appContext: unknown): string | null {
  if (typeof appContext !== 'string' || appContext.length > 2000) return null;
  const condition = stateFromSearchParams(new URLSearchParams(appContext)).condition;
  return condition && getKnowledgeBase().conditionsById.has(condition) ? condition : null;
}

/** Reads the chart with the session's tokens (refreshing them once if needed) and fills the session's views. */
async function readIntoSession(
  setup: SmartSetup,
  session: SmartSession,
): Promise<{ ok: true } | { ok: false; response: Response }> {
  const launch = session.launch!;
  const tryRefresh = async (): Promise<boolean> => {
    try {
      launch.tokens = await refreshLaunch(setup, launch.iss, launch.tokens);
      return true;
    } catch (error) {
      warn(`access to ${launch.iss} could not be renewed: ${brief(error)}`);
      return false;
    }
  };
  const expiredPage = (): { ok: false; response: Response } => {
    session.launch = null;
    return {
      ok: false,
      response: launchPage({
        status: 401,
        title: 'Access to the record has expired',
        paragraphs: [
          'The EHR’s permission to read this patient’s record has run out and could not be renewed, so the chart was not read again.',
          RELAUNCH,
        ],
        links: [WORKSPACE_LINK],
      }),
    };
  };
  if (tokenExpired(launch.tokens, Date.now()) && !(await tryRefresh())) return expiredPage();
  let read = await readChart(launch.iss, launch.patientId, launch.tokens.accessToken);
  if (read.unauthorized) {
    if (!(await tryRefresh())) return expiredPage();
    read = await readChart(launch.iss, launch.patientId, launch.tokens.accessToken);
    if (read.unauthorized) return expiredPage();
  }
  for (const [key, part] of Object.entries(read.chart)) if (!part.ok) warn(`${key} could not be read: ${part.reason}.`);
  session.fromRecord = viewsFromChart(
    getKnowledgeBase(),
    read.chart,
    launch.patientId,
    new Date(),
    launch.preferredCondition,
  );
  session.readAt = Date.now();
  return { ok: true };
}

const workspaceHref = (session: SmartSession) => {
  const first = session.fromRecord?.views[0];
  return first ? `/?${first.query}` : '/?fromRecord=1';
};

/** GET /launch/callback: the authorization server sends the browser back with a code, or an error. */
export async function finishLaunchRequest(request: Request): Promise<Response> {
  const setup = smartSetup();
  if (!setup) return notSetUp();
  const search = new URL(request.url).search;
  const params = new URLSearchParams(search);
  const session = sessionOf(request);
  const transaction = session?.transaction;
  if (
    !session ||
    !transaction ||
    Date.now() - transaction.startedAt > TRANSACTION_SECONDS * 1000 ||
    search.length > 4096
  ) {
    return launchPage({
      status: 400,
      title: 'This launch is unknown or has expired',
      paragraphs: [
        'The answer from the EHR’s sign-in does not belong to a launch started in this browser in the last 10 minutes, so it was not used. Nothing was read from the record.',
        RELAUNCH,
      ],
      links: [WORKSPACE_LINK],
    });
  }
  // One use only: a replayed callback finds no transaction.
  session.transaction = null;
  const state = params.get('state') ?? '';
  if (!sameText(state, transaction.state)) {
    warn('refused a callback whose state did not match the launch.');
    return launchPage({
      status: 400,
      title: 'The launch was refused: its state did not match',
      paragraphs: [
        'The answer that came back does not carry the state this launch sent, so it may not be from this launch (a forged or replayed link). It was refused and nothing was read from the record.',
        RELAUNCH,
      ],
      links: [WORKSPACE_LINK],
    });
  }
  const error = params.get('error');
  if (error !== null) {
    const denied = error === 'access_denied';
    warn(`the authorization server answered ${error.slice(0, 60)}.`);
    return launchPage({
      status: denied ? 403 : 502,
      title: denied ? 'Access to the record was not granted' : 'The EHR’s sign-in did not complete',
      paragraphs: [
        denied
          ? 'Permission to read this patient’s record was declined, so nothing was read. The workspace can still be used by entering the patient’s details yourself.'
          : `The authorization server answered “${error.slice(0, 60)}”, so nothing was read from the record.`,
        RELAUNCH,
      ],
      links: [WORKSPACE_LINK],
    });
  }
  let result;
  try {
    result = await finishLaunch(setup, transaction, search);
  } catch (failure) {
    warn(`the code from ${transaction.iss} could not be exchanged: ${brief(failure)}`);
    return launchPage({
      status: 502,
      title: 'The EHR’s sign-in did not complete',
      paragraphs: [
        'The authorization code could not be exchanged for access to the record, so nothing was read.',
        RELAUNCH,
      ],
      links: [WORKSPACE_LINK],
    });
  }
  if (typeof result.patient !== 'string' || !FHIR_ID.test(result.patient)) {
    warn(`the token response from ${transaction.iss} named no usable patient.`);
    return launchPage({
      status: 502,
      title: 'The EHR did not say which patient',
      paragraphs: [
        'Access was granted, but without a patient in context (the token response has no valid “patient”), so there is no chart to read.',
        RELAUNCH,
      ],
      links: [WORKSPACE_LINK],
    });
  }
  session.launch = {
    iss: transaction.iss,
    patientId: result.patient,
    tokens: result.tokens,
    preferredCondition: preferredConditionFrom(result.appContext),
  };
  const read = await readIntoSession(setup, session);
  if (!read.ok) return read.response;
  return redirect(workspaceHref(session), [sessionCookie(request, session)]);
}

/** GET /launch/refresh: reads the chart of the launched patient again (new token first when it has expired). */
export async function rereadRequest(request: Request): Promise<Response> {
  const setup = smartSetup();
  if (!setup) return notSetUp();
  const session = sessionOf(request);
  if (!session?.launch) {
    return launchPage({
      status: 401,
      title: 'No launch to read from',
      paragraphs: [
        'This browser has no current launch from an EHR (it ended, expired, or the server restarted).',
        RELAUNCH,
      ],
      links: [WORKSPACE_LINK],
    });
  }
  const read = await readIntoSession(setup, session);
  if (!read.ok) return read.response;
  return redirect(workspaceHref(session), [sessionCookie(request, session)]);
}

/** POST /launch/end: forgets the launch (tokens and what was read) and goes back to an empty workspace. */
export function endLaunchRequest(request: Request): Response {
  endSession(cookieFrom(request.headers.get('cookie'), SMART_COOKIE));
  return redirect('/', [clearCookie(SMART_COOKIE, cookieIsSecure(request))]);
}
