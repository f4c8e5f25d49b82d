import { chromium } from '@playwright/test';
const [url, out, width, text] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
await p.goto(url, { waitUntil: 'networkidle' });
const el = p.locator(process.env.SEL ?? 'article').filter({ hasText: text }).first();
await el.screenshot({ path: out });
await b.close();
