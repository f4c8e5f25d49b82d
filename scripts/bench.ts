/**
 * `npm run bench`: builds when the build is stale, starts the production server on loopback, and prints one markdown table of what a
 * user feels and what the server pays, against the budgets, then the clinic journeys of issue 17 (keyboard only, at a
 * human pace, desktop and phone: seconds to the full answer). Writes both tables into docs/performance.md.
 * `npm run bench -- --journeys` plays only the journeys; `--no-build` uses the existing build even when stale.
 * A script, not a test: it measures; it does not fail the build.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { getKnowledgeBase } from '../lib/kb';
import { recommend } from '../lib/rules/engine';
import { measure } from './load';
import { CHROMIUM_FLAGS, findChromium } from './lib/chromium';
import { ensureBuild, startServer } from './lib/server';
import { recordFromPrefetch, startFhirTestServer } from '../lib/fhir/testing';
import { runJourneys } from './lib/journeys';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const PORT = Number(process.env.BENCH_PORT ?? 3192);
const ONLY_JOURNEYS = process.argv.includes('--journeys');
const NO_BUILD = process.argv.includes('--no-build');
/** Time per key in the journeys: a steady, practised typist (about 6–7 keys a second, Tab and Enter included). */
const KEY_MS = Number(process.env.BENCH_KEY_MS ?? 150);
const JOURNEY_BUDGET_S = 6;

interface Row {
  area: string;
  metric: string;
  value: string;
  budget: string;
  ok: boolean | null;
}
const rows: Row[] = [];
const row = (area: string, metric: string, value: string, budget = '', ok: boolean | null = null) =>
  rows.push({ area, metric, value, budget, ok });
const ms = (n: number) => `${n.toFixed(n < 1 ? 4 : 1)} ms`;

async function benchEngine() {
  const kb = getKnowledgeBase();
  const typical = { condition: 'psoriasis', regimen: ['topical-corticosteroid', 'methotrexate'], factors: [], age: 45 };
  const widest = [...kb.data.conditions].sort((a, b) => b.regimenOptionIds.length - a.regimenOptionIds.length)[0]!;
  const worst = {
    condition: widest.id,
    regimen: [...widest.regimenOptionIds],
    factors: kb.data.factors.map((f) => f.id),
    age: 0,
  };
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench.add('typical', () => void recommend(kb, typical));
  bench.add(
    `worst case (${widest.id}, ${worst.regimen.length} regimen items, all ${worst.factors.length} factors)`,
    () => void recommend(kb, worst),
  );
  await bench.run();
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') continue;
    const p99 = r.latency.p99;
    row(
      'Rules engine',
      `${task.name}: ops/s, p99`,
      `${Math.round(r.throughput.mean).toLocaleString('en')} ops/s, p99 ${ms(p99)}`,
      'p99 ≤ 0.1 ms',
      p99 <= 0.1,
    );
  }
}

/** Sum of resident memory (kB) of a process and its descendants, from /proc. */
function treeRssKb(rootPid: number): { rss: number; hwm: number } {
  const children = new Map<number, number[]>();
  for (const entry of existsSync('/proc') ? readdirSync('/proc') : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* process ended */
    }
  }
  let rss = 0;
  let hwm = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      hwm += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* process ended */
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, hwm };
}

async function firstLoadJsKb(url: string): Promise<number | null> {
  const res = await fetch(url);
  if (!res.ok) return null;
  const html = await res.text();
  // Modern browsers skip `nomodule` scripts (legacy polyfills), so they are not part of what a user downloads.
  const tags = [...html.matchAll(/<script[^>]+>/g)].map((m) => m[0]).filter((tag) => !/nomodule/i.test(tag));
  const srcs = [
    ...new Set(tags.map((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1]).filter((s): s is string => Boolean(s))),
  ];
  let total = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    total += gzipSync(body, { level: 9 }).length;
  }
  return total / 1024;
}

async function lighthouseRun(url: string) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium() ?? undefined,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      desktopConfig,
    );
    const lhr = result!.lhr;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } finally {
    await chrome.kill();
  }
}

function cdsFixture(): { service: string; body: string } | null {
  const candidates = [
    'lib/cds/__fixtures__/psoriasis-topical.json',
    'lib/cds/__fixtures__/psoriasis-calcipotriene-betamethasone.json',
  ];
  const file = candidates.find(existsSync);
  if (!file) return null;
  const body = readFileSync(file, 'utf8');
  const hook = (JSON.parse(body) as { hook?: string }).hook ?? 'patient-view';
  return { service: hook === 'order-select' ? 'gutskin-order-select' : 'gutskin-patient-view', body };
}

/** The journeys' rows, as their own markdown table. */
async function benchJourneys(base: string): Promise<string> {
  const results = await runJourneys(base, KEY_MS);
  const lines = results.map((r) => {
    const value =
      r.seconds === null
        ? `failed: ${r.problem}`
        : `${r.seconds.toFixed(1)} s (answer ${Math.round(r.afterLastKeyMs!)} ms after the last key)`;
    const ok = r.seconds !== null && r.seconds <= JOURNEY_BUDGET_S;
    return `| ${r.journey} | ${r.viewport} | ${r.keys} | ${value} | ≤ ${JOURNEY_BUDGET_S} s | ${ok ? 'yes' : '**no**'} |`;
  });
  return [
    `Keyboard only, ${KEY_MS} ms per key (Playwright, system Chromium; desktop 1280×800, phone 390×844), from the first key on the empty workspace to the full answer on screen (every input in the URL, nothing loading, the expected alerts shown).`,
    '',
    '| Journey | Viewport | Keys | Seconds to the full answer | Budget | Met |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

function writeSection(doc: string, marker: string, table: string) {
  const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${start}\n${table}\n${end}`;
  writeFileSync(
    doc,
    current.includes(start)
      ? current.replace(new RegExp(`${start}[\\s\\S]*${end}`), block)
      : `${current.trimEnd()}\n\n${block}\n`,
  );
}

async function main() {
  if (!NO_BUILD) ensureBuild();
  if (ONLY_JOURNEYS) {
    const server = await startServer(PORT, { RATE_LIMIT_DISABLED: '1' });
    try {
      const table = await benchJourneys(server.url);
      console.log(table);
      writeSection('docs/performance.md', 'journeys', table);
      console.log('\nWrote the journeys table into docs/performance.md.');
    } finally {
      await server.stop();
    }
    return;
  }
  await benchEngine();

  const server = await startServer(PORT, { RATE_LIMIT_DISABLED: '1' });
  const base = server.url;
  const memory = { start: treeRssKb(server.pid).rss, peak: 0 };
  const sampler = setInterval(() => (memory.peak = Math.max(memory.peak, treeRssKb(server.pid).rss)), 100);
  let journeys = '';
  try {
    // Steady state: each target is warmed up (JIT, caches) for a few seconds before it is measured.
    const warm = (target: Parameters<typeof measure>[1]) => measure(base, target, CONNECTIONS, 3);
    // Throughput against the machine's limit: the API vs a static file served by the same server.
    await warm({
      name: 'warm-up',
      path: '/api/v1/recommendations?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&age=45',
    });
    await warm({ name: 'warm-up', path: '/robots.txt' });
    const api = await measure(
      base,
      {
        name: 'recommendations',
        path: '/api/v1/recommendations?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&age=45',
      },
      CONNECTIONS,
      SECONDS,
    );
    const staticFile = await measure(base, { name: 'static', path: '/robots.txt' }, CONNECTIONS, SECONDS);
    const ratio = api.requestsPerSecond / staticFile.requestsPerSecond;
    row(
      'API',
      `GET /api/v1/recommendations, ${CONNECTIONS} connections`,
      `${api.requestsPerSecond.toFixed(0)} req/s; p50 ${api.p50} ms, p99 ${api.p99} ms; errors ${api.errors + api.non2xx}`,
      'p99 ≤ 50 ms',
      api.p99 <= 50,
    );
    row(
      'API',
      `static file (/robots.txt), ${CONNECTIONS} connections`,
      `${staticFile.requestsPerSecond.toFixed(0)} req/s; p50 ${staticFile.p50} ms, p99 ${staticFile.p99} ms`,
    );
    row('API', 'API / static throughput', `${(ratio * 100).toFixed(0)}%`, '≥ 70%', ratio >= 0.7);

    const cds = cdsFixture();
    if (cds) {
      const target = {
        name: 'cds',
        path: `/cds-services/${cds.service}`,
        method: 'POST' as const,
        body: cds.body,
        headers: { 'content-type': 'application/json' },
      };
      await warm(target);
      const m = await measure(base, target, CONNECTIONS, SECONDS);
      row(
        'CDS Hooks',
        `POST /cds-services/${cds.service} (psoriasis fixture)`,
        `p50 ${m.p50} ms, p99 ${m.p99} ms; ${m.requestsPerSecond.toFixed(0)} req/s; errors ${m.errors + m.non2xx}`,
        'p99 ≤ 50 ms',
        m.p99 <= 50 && m.errors + m.non2xx === 0,
      );
      // The same call with the allergies key left out: the service fetches it from a loopback FHIR server (issue 16).
      const full = JSON.parse(cds.body) as { prefetch: Record<string, unknown>; fhirServer?: string };
      const fhir = await startFhirTestServer([recordFromPrefetch(full.prefetch)]);
      const rest = Object.fromEntries(Object.entries(full.prefetch).filter(([key]) => key !== 'allergies'));
      const fetching = {
        ...target,
        name: 'cds-fetch',
        body: JSON.stringify({ ...full, fhirServer: fhir.url, prefetch: rest }),
      };
      await warm(fetching);
      const f = await measure(base, fetching, CONNECTIONS, SECONDS);
      await fhir.close();
      row(
        'CDS Hooks',
        'the same call with one prefetch key (allergies) fetched from a loopback FHIR server',
        `p50 ${f.p50} ms, p99 ${f.p99} ms; ${f.requestsPerSecond.toFixed(0)} req/s; errors ${f.errors + f.non2xx}`,
        'p99 ≤ 100 ms',
        f.p99 <= 100 && f.errors + f.non2xx === 0,
      );
    } else {
      row('CDS Hooks', 'psoriasis fixture', 'n/a (no fixture found)');
    }

    // A handout to weigh and audit.
    const saved = await fetch(`${base}/api/v1/handouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 45 }),
    });
    const handoutUrl = saved.status === 201 ? `${base}${((await saved.json()) as { url: string }).url}` : null;

    const workspace = `${base}/?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&age=45`;
    const evidence = `${base}/evidence/psoriasis/navarro-lopez-psoriasis-three-strain`;
    for (const [name, url, budget] of [
      ['/ (workspace)', workspace, 150],
      ['evidence page', evidence, null],
      ['handout page', handoutUrl, null],
    ] as const) {
      const kb = url ? await firstLoadJsKb(url) : null;
      row(
        'Page weight',
        `first-load JS (gzip), ${name}`,
        kb === null ? 'n/a' : `${kb.toFixed(1)} KB`,
        budget ? `≤ ${budget} KB` : '',
        budget && kb !== null ? kb <= budget : null,
      );
    }

    for (const [name, url] of [
      ['/ with results', workspace],
      ['handout', handoutUrl],
    ] as const) {
      if (!url) {
        row('Lighthouse (desktop)', name, 'n/a');
        continue;
      }
      try {
        const lh = await lighthouseRun(url);
        row(
          'Lighthouse (desktop)',
          `${name}: performance, accessibility`,
          `${lh.performance}, ${lh.accessibility}`,
          'perf ≥ 95, a11y 100',
          lh.performance >= 95 && lh.accessibility === 100,
        );
        row('Lighthouse (desktop)', `${name}: LCP, TBT`, `${lh.lcp.toFixed(0)} ms, ${lh.tbt.toFixed(0)} ms`);
      } catch (error) {
        row('Lighthouse (desktop)', name, `failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    journeys = await benchJourneys(base);
  } finally {
    clearInterval(sampler);
    const hwm = treeRssKb(server.pid).hwm;
    memory.peak = Math.max(memory.peak, hwm);
    await server.stop();
  }
  row('Memory', 'server resident memory after start', `${(memory.start / 1024).toFixed(0)} MB`);
  row(
    'Memory',
    'server peak resident memory under load',
    `${(memory.peak / 1024).toFixed(0)} MB`,
    '≤ 300 MB',
    memory.peak / 1024 <= 300,
  );

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}.`,
    '',
    '| Area | Metric | Value | Budget | Met |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${r.area} | ${r.metric} | ${r.value} | ${r.budget} | ${r.ok === null ? '' : r.ok ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  console.log(table);

  const doc = 'docs/performance.md';
  const current = existsSync(doc)
    ? readFileSync(doc, 'utf8')
    : '# Performance\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
  writeFileSync(
    doc,
    current.replace(
      /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
      `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
    ),
  );
  console.log(`\n${journeys}`);
  writeSection(doc, 'journeys', journeys);
  console.log(`\nWrote the tables into ${doc}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
