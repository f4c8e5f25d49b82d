/** Content negotiation for the few answers that come in more than one form. */

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): Range[] {
  return header
    .slice(0, 2000)
    .split(',')
    .slice(0, 50)
    .flatMap((part): Range[] => {
      const [media = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
      const [type, subtype] = media.split('/');
      if (!type || !subtype) return [];
      const qParam = params.find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return [{ type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 }];
    });
}

/** The q the header gives a media type: that of the most specific range matching it (0 when none does). */
function quality(ranges: readonly Range[], mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity =
      r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    }
  }
  return q;
}

/**
 * True when the request's Accept header prefers text/plain to JSON. JSON stays the default: no header, `*\/*`, or a
 * tie all answer JSON.
 */
export function prefersPlainText(request: Request): boolean {
  const header = request.headers.get('accept');
  if (!header) return false;
  const ranges = parseAccept(header);
  return quality(ranges, 'text/plain') > quality(ranges, 'application/json');
}
