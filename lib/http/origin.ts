/**
 * The public origin of this app, for absolute links that leave the browser (a QR code on paper): APP_ORIGIN when set,
 * else the request's forwarded or Host headers. Returns null when neither gives a plausible http(s) origin.
 */
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const first = (value: string | null) => value?.split(',')[0]?.trim() || null;

export function publicOrigin(headers: Headers, configured: string | undefined = process.env.APP_ORIGIN): string | null {
  if (configured?.trim()) {
    try {
      const url = new URL(configured.trim());
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
    } catch {
      return null;
    }
  }
  const host = first(headers.get('x-forwarded-host')) ?? first(headers.get('host'));
  if (!host || !HOST.test(host)) return null;
  const proto = first(headers.get('x-forwarded-proto'))?.toLowerCase();
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}
