/**
 * The small HTML pages the launch routes answer with when a launch cannot go on (refused issuer, wrong state, denied
 * consent, expired access): a plain document with its HTTP status, saying what happened and what to do, with no
 * script. Everything shown is escaped.
 */
export interface LaunchPage {
  status: number;
  title: string;
  paragraphs: string[];
  /** Shown as a list under the text (e.g. the allow-list). */
  list?: string[];
  links?: { href: string; label: string }[];
  headers?: Record<string, string>;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `body{font-family:system-ui,sans-serif;color:#0f172a;background:#f8fafc;margin:0}
main{max-width:42rem;margin:3rem auto;padding:1.5rem;background:#fff;border:1px solid #cbd5e1;border-radius:.5rem}
h1{font-size:1.5rem;margin:0 0 1rem}p,li{line-height:1.5}code{font-size:.9em;word-break:break-all}
a{color:#1d4ed8}.brand{font-weight:600;color:#1e3a8a;margin:0 0 1rem}`;

export function launchPage(page: LaunchPage): Response {
  const body = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)} · GutSkin CDS</title><style>${STYLE}</style></head><body><main>`,
    '<p class="brand">GutSkin CDS · launch from the EHR</p>',
    `<h1>${escapeHtml(page.title)}</h1>`,
    ...page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    page.list?.length ? `<ul>${page.list.map((i) => `<li><code>${escapeHtml(i)}</code></li>`).join('')}</ul>` : '',
    page.links?.length
      ? `<p>${page.links.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join(' · ')}</p>`
      : '',
    '</main></body></html>',
  ].join('');
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...page.headers,
  });
  return new Response(body, { status: page.status, headers });
}

export const WORKSPACE_LINK = { href: '/', label: 'Open the workspace without the record' };
export const SETUP_LINK = { href: '/launch/setup', label: 'How SMART launch is set up here' };
