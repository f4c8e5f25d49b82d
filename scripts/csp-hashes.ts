/**
 * Runs after `next build`: hashes the inline scripts of every page pre-rendered at build time and writes
 * .next/csp-hashes.json (route → SHA-256 hashes), which proxy.ts uses for those pages' Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const appDir = '.next/server/app';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.add(
      createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64'),
    );
  }
  return [...hashes];
}

if (process.argv[1]?.endsWith('csp-hashes.ts')) {
  if (!existsSync(appDir)) {
    console.error('No build found: run `next build` first.');
    process.exit(1);
  }
  const manifest: Record<string, string[]> = {};
  for (const file of htmlFiles(appDir)) {
    const rel = path.relative(appDir, file).replace(/\.html$/, '');
    const route = rel === 'index' ? '/' : `/${rel.replace(/\/index$/, '')}`;
    manifest[route] = inlineScriptHashes(readFileSync(file, 'utf8'));
  }
  // Written whole and then renamed: a running server re-reads this file (lib/http/csp-hashes.ts) and must never see
  // it half-written.
  writeFileSync('.next/csp-hashes.json.tmp', JSON.stringify(manifest));
  renameSync('.next/csp-hashes.json.tmp', '.next/csp-hashes.json');
  console.log(`CSP: hashed the inline scripts of ${Object.keys(manifest).length} pre-rendered page(s).`);
}
