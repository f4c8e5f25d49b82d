/**
 * The override-reason code system resolves (issue 16): the `system` URL every card gives its override reasons names a
 * page of this app, and that page lists every code the cards offer, with its display.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixture, reference } from '@/lib/cds/__fixtures__/load';
import { answerHook } from '@/lib/cds/hooks';
import { OVERRIDE_REASONS_PATH } from '@/lib/cds/ledger';
import type { OverrideReason } from '@/lib/cds/schemas';
import { findService } from '@/lib/cds/services';
import { idsFor } from '@/lib/cds/uuid';
import { getKnowledgeBase } from '@/lib/kb';
import OverrideReasonsPage from './page';

const ORIGIN = 'https://cds.example.org';

/** Every override reason the cards of these calls offer. */
function offeredReasons(): OverrideReason[] {
  const calls = [
    ['gutskin-patient-view', fixture('psoriasis-methotrexate')],
    ['gutskin-patient-view', fixture('psoriasis-calcipotriene-betamethasone')],
    ['gutskin-patient-view', fixture('infant-atopic-dermatitis')],
    ['gutskin-patient-view', reference('team-patient-view-request-derm-example.json')],
    ['gutskin-order-select', fixture('order-select-calcipotriene-betamethasone')],
  ] as const;
  return calls.flatMap(([id, body]) => {
    const answer = answerHook(getKnowledgeBase(), findService(id)!, body, {
      now: new Date('2026-12-02T10:00:00Z'),
      origin: ORIGIN,
      ids: (h) => idsFor(id, h),
    });
    if (answer.status !== 200) throw new Error(`${id}: ${answer.status}`);
    return answer.body.cards.flatMap((c) => c.overrideReasons ?? []);
  });
}

/** Text of each table row: [code, display]. */
function rows(html: string): [string, string][] {
  return [...html.matchAll(/<tr[^>]*id="([^"]+)"[^>]*><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td><\/tr>/g)].map(
    (m) => [m[2]!, m[3]!.replace(/&#x27;|&apos;/g, "'")],
  );
}

describe('the override-reason code system page', () => {
  const html = renderToStaticMarkup(createElement(OverrideReasonsPage));

  it('is the page at the path of the system URL the cards use', () => {
    const offered = offeredReasons();
    expect(offered.length).toBeGreaterThan(0);
    for (const r of offered) expect(r.system).toBe(`${ORIGIN}${OVERRIDE_REASONS_PATH}`);
    // App Router: app/(reference)/cds/override-reasons/page.tsx answers /cds/override-reasons.
    expect(existsSync(path.join(process.cwd(), 'app', '(reference)', OVERRIDE_REASONS_PATH, 'page.tsx'))).toBe(true);
  });

  it('lists every code the cards offer, with the display the cards give it', () => {
    const listed = new Map(rows(html));
    const offered = offeredReasons();
    for (const r of offered) expect(listed.get(r.code), r.code).toBe(r.display);
    expect([...listed.keys()].sort()).toEqual([...new Set(offered.map((r) => r.code))].sort());
  });

  it('the check catches a code the page does not list', () => {
    const listed = new Map(rows(html.replace(/<tr[^>]*id="patient-declined"[\s\S]*?<\/tr>/, '')));
    expect(listed.has('patient-declined')).toBe(false);
    expect(offeredReasons().some((r) => !listed.has(r.code))).toBe(true);
  });
});
