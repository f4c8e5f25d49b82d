import 'server-only';
/** What SMART App Launch is set up with (lib/env.ts), for the launch routes and the /launch/setup page. */
import { env, normaliseIssuer } from '@/lib/env';

/** EHR launch: the launch context comes from the EHR (`launch`). Read-and-search on the patient's data only. */
export const EHR_SCOPE = 'launch patient/*.rs openid fhirUser';
/** Standalone launch: the authorization server asks for the patient (`launch/patient`). */
export const STANDALONE_SCOPE = 'launch/patient patient/*.rs openid fhirUser';

export interface SmartSetup {
  issuers: string[];
  clientId: string;
  /** Null: a public client (PKCE only). */
  clientSecret: string | null;
  redirectUri: string;
}

export function smartSetup(): SmartSetup | null {
  const e = env();
  const redirectUri = e.SMART_REDIRECT_URI ?? (e.APP_ORIGIN ? `${e.APP_ORIGIN}/launch/callback` : null);
  if (!e.SMART_ISSUERS?.length || !e.SMART_CLIENT_ID || !redirectUri) return null;
  return {
    issuers: e.SMART_ISSUERS,
    clientId: e.SMART_CLIENT_ID,
    clientSecret: e.SMART_CLIENT_SECRET ?? null,
    redirectUri,
  };
}

/** The allow-listed spelling of `iss`, or null when it is not on the list (or not a URL). */
export function allowedIssuer(setup: SmartSetup, iss: string): string | null {
  let normal: string;
  try {
    normal = normaliseIssuer(iss);
  } catch {
    return null;
  }
  return setup.issuers.includes(normal) ? normal : null;
}
