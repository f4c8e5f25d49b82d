/** The raster icons Next.js serves (rendered from public/icon.svg by scripts/icons.ts) are what browsers can read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { icoEntries, icoFromPngs } from './lib/ico';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('app icons', () => {
  it('app/favicon.ico holds 48 and 32 px PNG images', () => {
    const entries = icoEntries(readFileSync('app/favicon.ico'));
    expect(entries.map((e) => e.size)).toEqual([48, 32]);
    expect(entries.every((e) => e.isPng && e.bytes > 0)).toBe(true);
  });

  it('public/apple-touch-icon.png is a 180 px PNG, and public/icon.svg is a titled SVG', () => {
    const png = readFileSync('public/apple-touch-icon.png');
    expect(png.subarray(0, 8).equals(PNG)).toBe(true);
    expect(pngSize(png)).toEqual([180, 180]);
    const svg = readFileSync('public/icon.svg', 'utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('<title>GutSkin CDS</title>');
    expect(svg).not.toMatch(/<script|\bon\w+=|href="(?!#)/i);
  });

  it('an .ico written by icoFromPngs reads back with each image at its offset', () => {
    const a = Buffer.concat([PNG, Buffer.from('a')]);
    const b = Buffer.concat([PNG, Buffer.from('bbbb')]);
    expect(
      icoEntries(
        icoFromPngs([
          { size: 16, png: a },
          { size: 256, png: b },
        ]),
      ),
    ).toEqual([
      { size: 16, isPng: true, bytes: 9 },
      { size: 256, isPng: true, bytes: 12 },
    ]);
    expect(() => icoEntries(Buffer.from('not an icon'))).toThrow();
  });
});
