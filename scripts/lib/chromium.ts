/**
 * The one Chromium launch configuration: which binary, and the flags every launch uses (Playwright's e2e runs in
 * playwright.config.ts, Lighthouse in scripts/bench.ts). The flags keep a headless run on a shared, offline machine
 * quiet and reproducible: no sandbox (containers run as root), no GPU, no background network, updates or sync.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser; null when there is none. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    /* Playwright has no browser of its own here */
  }
  return null;
}
