/**
 * `npm run load`: a bounded load run (autocannon, loopback only, stops by itself) against the main endpoints of the
 * production build. Prints throughput, p50/p99 latency and errors. LOAD_URL may name a loopback server to use instead.
 */
import autocannon from 'autocannon';
import { ensureBuild, startServer } from './lib/server';

const DURATION_S = Number(process.env.LOAD_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 32);

interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

export const loadTargets: Target[] = [
  {
    name: 'recommendations (psoriasis on methotrexate)',
    path: '/api/v1/recommendations?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&age=45',
  },
  { name: 'conditions', path: '/api/v1/conditions' },
  { name: 'health (database round trip)', path: '/api/health' },
  {
    name: 'save handout',
    path: '/api/v1/handouts',
    method: 'POST',
    body: JSON.stringify({ condition: 'psoriasis', regimen: ['topical-corticosteroid'], factors: [], age: 45 }),
    headers: { 'content-type': 'application/json' },
  },
  { name: 'workspace page', path: '/?condition=psoriasis&regimen=topical-corticosteroid,methotrexate&age=45' },
];

export async function measure(url: string, target: Target, connections = CONNECTIONS, duration = DURATION_S) {
  const result = await autocannon({
    url: url + target.path,
    method: target.method ?? 'GET',
    body: target.body,
    headers: target.headers,
    connections,
    duration,
  });
  return {
    name: target.name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  let base = process.env.LOAD_URL;
  let stop: (() => Promise<void>) | undefined;
  if (base) {
    if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(base))
      throw new Error('LOAD_URL must be a loopback address');
  } else {
    ensureBuild();
    const server = await startServer(3191, { RATE_LIMIT_DISABLED: '1' });
    base = server.url;
    stop = server.stop;
  }
  console.log(`Load: ${CONNECTIONS} connections, ${DURATION_S} s per endpoint, against ${base}\n`);
  console.log('| Endpoint | req/s | p50 ms | p99 ms | errors | non-2xx |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  let failed = 0;
  for (const target of loadTargets) {
    const m = await measure(base, target);
    failed += m.errors + m.non2xx;
    console.log(`| ${m.name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} |`);
  }
  await stop?.();
  if (failed) {
    console.log(`\n${failed} request(s) failed or answered outside 2xx under load.`);
    process.exit(1);
  }
  console.log('\nEvery request answered 2xx.');
}

if (process.argv[1]?.endsWith('load.ts')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
