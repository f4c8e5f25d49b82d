/**
 * The three clinic journeys of issue 17, played keyboard only at a human pace in a real browser against a running
 * server, for `npm run bench`. Each journey starts on the empty workspace (already open and hydrated, as between two
 * patients) and ends when the answer on screen is the one for everything entered: the URL holds every input, nothing
 * is loading, and the alerts the inputs call for are shown. A script that reports seconds; it does not fail.
 */
import { chromium, type Browser, type Page } from '@playwright/test';

export interface Journey {
  name: string;
  /** Keys as Playwright names them; a string of several letters is typed one key at a time. */
  keys: readonly string[];
  /** The workspace query the inputs must end in (nothing lost). */
  query: string;
  /** Alert codes the answer must show. */
  alerts: readonly string[];
}

const typed = (text: string) => [...text];

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'acne on adapalene + BPO + doxycycline, 19',
    keys: [
      '/',
      ...typed('acne'),
      'Enter',
      'Tab',
      ...typed('ada'),
      'Enter',
      ...typed('bpo'),
      'Enter',
      ...typed('dox'),
      'Enter',
      'Tab',
      'Tab',
      'Tab',
      ...typed('19'),
    ],
    query: 'condition=acne-vulgaris&regimen=benzoyl-peroxide,adapalene,oral-doxycycline&age=19',
    alerts: ['oral-antibiotic-spacing'],
  },
  {
    name: 'psoriasis on steroid + calcipotriol, starting methotrexate, 45',
    keys: [
      '/',
      ...typed('psor'),
      'Enter',
      'Tab',
      ...typed('tcs'),
      'Enter',
      ...typed('calci'),
      'Enter',
      ...typed('mtx'),
      'Enter',
      'Tab',
      'Tab',
      'Tab',
      ...typed('45'),
    ],
    query: 'condition=psoriasis&regimen=topical-corticosteroid,calcipotriene,methotrexate&age=45',
    alerts: ['systemic-immunosuppressant'],
  },
  {
    name: 'eczema at 8 months with cow’s milk allergy',
    keys: [
      '/',
      ...typed('eczema'),
      'Enter',
      'Tab',
      'Tab',
      'Tab',
      'Tab',
      ...typed('8m'),
      'Tab',
      'Tab',
      ...typed('cmpa'),
      'Enter',
    ],
    query: 'condition=atopic-dermatitis&factors=milk-allergy&ageMonths=8',
    alerts: ['infant', 'milk-allergen'],
  },
];

export const VIEWPORTS = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  },
] as const;

export interface JourneyResult {
  journey: string;
  viewport: string;
  keys: number;
  /** From the first key to the full answer on screen. */
  seconds: number | null;
  /** Of which: from the last key to the full answer. */
  afterLastKeyMs: number | null;
  problem?: string;
}

async function play(
  page: Page,
  base: string,
  journey: Journey,
  keyMs: number,
): Promise<Omit<JourneyResult, 'viewport'>> {
  await page.goto(`${base}/`);
  await page.locator('[data-hydrated]').waitFor();
  // Keys on a steady beat (key i at i × keyMs), so the harness's own round trips do not add up over the journey.
  const started = performance.now();
  for (const [i, key] of journey.keys.entries()) {
    const wait = started + i * keyMs - performance.now();
    if (wait > 0) await page.waitForTimeout(wait);
    await page.keyboard.press(key, { delay: 20 });
  }
  const lastKey = performance.now();
  const expected = new URLSearchParams(journey.query).toString();
  try {
    await page.waitForFunction(
      ({ expected, alerts }) => {
        const query = new URLSearchParams(window.location.search).toString();
        const region = document.querySelector('[role="region"][aria-label="Answer"]');
        if (query !== expected || !region || region.getAttribute('aria-busy') === 'true') return false;
        const codes = [...document.querySelectorAll('[data-testid="alerts"] [data-code]')].map((e) =>
          e.getAttribute('data-code'),
        );
        return alerts.every((a) => codes.includes(a)) && document.querySelector('[data-testid="conclusion"]') !== null;
      },
      { expected, alerts: journey.alerts },
      { timeout: 10_000, polling: 'raf' },
    );
  } catch {
    const got = new URLSearchParams(new URL(page.url()).search).toString();
    return {
      journey: journey.name,
      keys: journey.keys.length,
      seconds: null,
      afterLastKeyMs: null,
      problem: `no full answer within 10 s (URL: ${got || '(empty)'}, expected ${expected})`,
    };
  }
  const done = performance.now();
  return {
    journey: journey.name,
    keys: journey.keys.length,
    seconds: (done - started) / 1000,
    afterLastKeyMs: done - lastKey,
  };
}

/** Plays every journey in every viewport (a fresh browser context each, one warm-up page load first). */
export async function runJourneys(base: string, keyMs: number): Promise<JourneyResult[]> {
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results: JourneyResult[] = [];
  try {
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext(viewport.options);
      const page = await context.newPage();
      await page.goto(`${base}/`); // warm-up: the server's first render and the browser's caches
      for (const journey of JOURNEYS)
        results.push({ ...(await play(page, base, journey, keyMs)), viewport: viewport.name });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
