/** Types for build-inputs.mjs (plain JavaScript so that `npm start` can use it without tsx). */
export type BuildInputs = Record<string, string>;
export interface Staleness {
  /** Why the build does not match its inputs, as a sentence fragment. */
  reason: string;
  /** The inputs that differ from those the build was made from. */
  changed: string[];
}
export interface BuildStamp {
  buildId: string;
  fingerprint: string;
  inputs: BuildInputs;
}
export const BUILD_STAMP: string;
export function isBuildInput(file: string): boolean;
export function buildInputs(root?: string, env?: Record<string, string | undefined>): BuildInputs;
export function fingerprint(inputs: BuildInputs): string;
export function buildStamp(inputs: BuildInputs, buildId: string): BuildStamp;
export function buildStaleness(root?: string, inputs?: BuildInputs): Staleness | null;
