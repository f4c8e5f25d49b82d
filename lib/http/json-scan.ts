/**
 * A byte-level pre-scan of JSON, fed chunk by chunk as the body arrives, so that what JSON.parse will build is bounded
 * before it starts: nesting depth (arrays and objects open outside strings) and the number of values (every `[`, `{`,
 * `,` and `:` outside strings starts at most one). It does not validate JSON; JSON.parse does that afterwards, on input
 * this scan has shown to be shallow and small enough.
 *
 * Why: V8's JSON.parse on 4.5 MB of `[[[[…` allocates millions of arrays and exhausts the bounded production heap,
 * taking the whole process down (issue 14, F1). Deep or value-dense bodies are refused here for a few bytes of state.
 */
export interface JsonScanLimits {
  /** Deepest nesting of arrays and objects accepted (a FHIR bundle in a CDS request is about 15 deep). */
  maxDepth: number;
  /** Most values (roughly: separators and openings) accepted in one body. */
  maxValues: number;
}

export const DEFAULT_SCAN_LIMITS: JsonScanLimits = { maxDepth: 64, maxValues: 200_000 };

export type ScanVerdict = { ok: true } | { ok: false; reason: 'depth' | 'values'; detail: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;

export function createJsonScanner(limits: JsonScanLimits = DEFAULT_SCAN_LIMITS) {
  let depth = 0;
  let values = 0;
  let inString = false;
  let escaped = false;
  let failed: ScanVerdict | null = null;

  return {
    /** Scans the next chunk; the first verdict that is not ok stays (later chunks are ignored). */
    push(chunk: Uint8Array): ScanVerdict {
      if (failed) return failed;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
          continue;
        }
        switch (byte) {
          case QUOTE:
            inString = true;
            break;
          case OPEN_ARRAY:
          case OPEN_OBJECT:
            depth++;
            values++;
            if (depth > limits.maxDepth) {
              failed = {
                ok: false,
                reason: 'depth',
                detail: `The JSON is nested more than ${limits.maxDepth} levels deep.`,
              };
              return failed;
            }
            break;
          case CLOSE_ARRAY:
          case CLOSE_OBJECT:
            if (depth > 0) depth--;
            break;
          case COMMA:
          case COLON:
            values++;
            break;
          default:
            continue;
        }
        if (values > limits.maxValues) {
          failed = {
            ok: false,
            reason: 'values',
            detail: `The JSON holds more than ${limits.maxValues.toLocaleString('en')} values.`,
          };
          return failed;
        }
      }
      return { ok: true };
    },
  };
}

/** Scans a whole buffer at once (for tests and for bodies already in memory). */
export function scanJson(bytes: Uint8Array, limits: JsonScanLimits = DEFAULT_SCAN_LIMITS): ScanVerdict {
  return createJsonScanner(limits).push(bytes);
}
