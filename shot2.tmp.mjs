import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 600)));
p.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 800)));
await p.goto(process.argv[2], { waitUntil: 'networkidle' });
await b.close();
