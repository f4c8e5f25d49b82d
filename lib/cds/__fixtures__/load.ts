/** Test helpers: read the request fixtures of this folder and the copied reference material. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** A deep copy of one of our request fixtures (tests may change it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fixture(name: string): any {
  return JSON.parse(readFileSync(path.join(here, `${name}.json`), 'utf8'));
}

/** A file of ./reference (HL7 examples, logical models, third-party fixtures). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function reference(name: string): any {
  return JSON.parse(referenceText(name));
}

export function referenceText(name: string): string {
  return readFileSync(path.join(here, 'reference', name), 'utf8');
}

export function referenceFiles(folder: string): string[] {
  return readdirSync(path.join(here, 'reference', folder)).sort();
}
