/**
 * The public origin of this app, for absolute links that leave the browser (a QR code on paper, links in CDS cards):
 * APP_ORIGIN when set, else the request's Host header. X-Forwarded-Host and X-Forwarded-Proto are believed only when
 * TRUST_PROXY says a proxy sets them; otherwise any client could put its own host on a printed QR code.
 * Returns null when nothing gives a plausible http(s) origin.
 */
import { env } from '@/lib/env';

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const first = (value: string | null) => value?.split(',')[0]?.trim() || null;

export interface OriginSettings {
  appOrigin: string | undefined;
  /** Trusted proxy hops (TRUST_PROXY): forwarded headers count only when above 0. */
  trustProxy: number;
}

const fromEnv = (): OriginSettings => {
  const e = env();
  return { appOrigin: e.APP_ORIGIN, trustProxy: e.TRUST_PROXY };
};

export function publicOrigin(headers: Headers, settings: OriginSettings = fromEnv()): string | null {
  const configured = settings.appOrigin?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
    } catch {
      return null;
    }
  }
  const forwarded = settings.trustProxy > 0;
  const host = (forwarded ? first(headers.get('x-forwarded-host')) : null) ?? first(headers.get('host'));
  if (!host || !HOST.test(host)) return null;
  const proto = forwarded ? first(headers.get('x-forwarded-proto'))?.toLowerCase() : undefined;
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
