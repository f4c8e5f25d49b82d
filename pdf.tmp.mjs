import { chromium } from '@playwright/test';
const [url, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.goto(url, { waitUntil: 'networkidle' });
await p.pdf({ path: out, format: 'A4', printBackground: true });
await b.close();
