/**
 * `npx tsx scripts/icons.ts`: renders the app icon (public/icon.svg, the one drawing) into the raster icons Next.js
 * serves: app/favicon.ico (48 and 32 px, Next.js's file convention, for browsers and tools that ask for
 * /favicon.ico) and public/apple-touch-icon.png (180 px, for home screens; iOS asks for that address unprompted). Run it after changing the SVG and commit the results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './lib/chromium';
import { icoFromPngs } from './lib/ico';

const svg = readFileSync('public/icon.svg');

async function main() {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: [...CHROMIUM_FLAGS] });
  const render = async (size: number, background = 'transparent') => {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0;background:${background}"><img width="${size}" height="${size}" ` +
        `src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`,
    );
    const png = await page.screenshot({ omitBackground: background === 'transparent' });
    await page.close();
    return { size, png };
  };
  writeFileSync('app/favicon.ico', icoFromPngs([await render(48), await render(32)]));
  // Home screens draw no transparency: the icon's own colour fills the corners.
  writeFileSync('public/apple-touch-icon.png', (await render(180, '#12676b')).png);
  await browser.close();
  console.log('Wrote app/favicon.ico (48, 32 px) and public/apple-touch-icon.png (180 px) from public/icon.svg.');
}

void main();
