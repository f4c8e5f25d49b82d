/**
 * The workspace's state as it lives in the address bar: `/?condition=…&regimen=a,b&factors=x,y&age=…`, or
 * `…&ageMonths=…` instead of `age` for a child under 2 years.
 * Pure: no framework imports. The URL may hold anything (it is shared and typed by hand), so reading it never
 * throws and keeps unknown ids as they are; the API says what is wrong with them.
 */

export interface WorkspaceState {
  condition: string;
  regimen: string[];
  factors: string[];
  /** As typed: the API checks it (whole years 0–120). */
  age: string;
  /** As typed, for a child under 2 years instead of `age`: the API checks it (whole months 0–23). */
  ageMonths: string;
}

export const EMPTY_STATE: WorkspaceState = { condition: '', regimen: [], factors: [], age: '', ageMonths: '' };

export const STATE_PARAMS = ['condition', 'regimen', 'factors', 'age', 'ageMonths'] as const;

/** Longest age in months the API accepts: from 2 years, age is given in years. */
export const MAX_AGE_MONTHS = 23;

/** Longest value kept from the URL per parameter; the API rejects longer ones anyway. */
const MAX_VALUE = 600;

const splitList = (raw: string | null | undefined): string[] => [
  ...new Set(
    (raw ?? '')
      .slice(0, MAX_VALUE)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** Reads the state from search params (the first value of each known parameter; others are ignored). */
export function stateFromSearchParams(params: Pick<URLSearchParams, 'get'>): WorkspaceState {
  return {
    condition: (params.get('condition') ?? '').trim().slice(0, MAX_VALUE),
    regimen: splitList(params.get('regimen')),
    factors: splitList(params.get('factors')),
    age: (params.get('age') ?? '').trim().slice(0, MAX_VALUE),
    ageMonths: (params.get('ageMonths') ?? '').trim().slice(0, MAX_VALUE),
  };
}

const encodeList = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');

/** The query string for a state, without "?": readable (commas unescaped), empty parts left out. */
export function stateToQuery(state: WorkspaceState): string {
  const parts: string[] = [];
  if (state.condition) parts.push(`condition=${encodeURIComponent(state.condition)}`);
  if (state.regimen.length) parts.push(`regimen=${encodeList(state.regimen)}`);
  if (state.factors.length) parts.push(`factors=${encodeList(state.factors)}`);
  if (state.age.trim()) parts.push(`age=${encodeURIComponent(state.age.trim())}`);
  if (state.ageMonths.trim()) parts.push(`ageMonths=${encodeURIComponent(state.ageMonths.trim())}`);
  return parts.join('&');
}

/** The workspace address for a state. */
export const stateToHref = (state: WorkspaceState): string => {
  const query = stateToQuery(state);
  return query ? `/?${query}` : '/';
};

/** One spelling per query string, so that "a,b" and "a%2Cb" compare equal. */
export const normaliseQuery = (query: string): string => new URLSearchParams(query).toString();

/**
 * Adds or removes an id, keeping the list in `order` (the knowledge base's order), so the same choice always
 * gives the same URL. Ids not in `order` (e.g. from a hand-edited URL) are dropped once the list is edited.
 */
export function toggleId(list: readonly string[], id: string, on: boolean, order: readonly string[]): string[] {
  const chosen = new Set(list);
  if (on) chosen.add(id);
  else chosen.delete(id);
  return order.filter((x) => chosen.has(x));
}

/** A new condition keeps the regimen ids that also belong to it and drops the rest. */
export function withCondition(
  state: WorkspaceState,
  condition: string,
  regimenOptionIds: readonly string[],
): WorkspaceState {
  return { ...state, condition, regimen: state.regimen.filter((id) => regimenOptionIds.includes(id)) };
}

/**
 * The age as the clinician last typed it, with its unit, so switching the unit keeps the number (8 typed as years by
 * mistake becomes 8 months). `unit` is null when no age is given.
 */
export function ageEntry(state: WorkspaceState): { value: string; unit: 'years' | 'months' | null } {
  if (state.ageMonths.trim() !== '') return { value: state.ageMonths, unit: 'months' };
  if (state.age.trim() !== '') return { value: state.age, unit: 'years' };
  return { value: '', unit: null };
}

/**
 * The state with the age typed in the given unit: the other unit's parameter is cleared (the API takes one).
 * What clinicians type is read as they mean it: "8m" or "8 months" is 8 months whatever the unit shown, "3y" is 3
 * years, and a fraction of a year under 2 ("0.7") becomes whole months (8), shown with the unit switched to months;
 * a fraction from 2 years up counts in whole years ("2.5" is 2), as ages are given.
 */
export function withAge(state: WorkspaceState, value: string, unit: 'years' | 'months'): WorkspaceState {
  const typed = value.trim().toLowerCase();
  const months = (n: string) => ({ ...state, age: '', ageMonths: n });
  const years = (n: string) => ({ ...state, age: n, ageMonths: '' });
  const withUnit = /^(\d{1,3})\s*(m|mo|mos|mth|mths|month|months|y|yr|yrs|year|years)$/.exec(typed);
  if (withUnit) return withUnit[2]!.startsWith('m') ? months(withUnit[1]!) : years(withUnit[1]!);
  const fraction = /^(\d{0,3})[.,](\d{1,2})$/.exec(typed);
  if (fraction && unit === 'years') {
    const n = Number(`${fraction[1] || '0'}.${fraction[2]}`);
    return n < 2 ? months(String(Math.round(n * 12))) : years(String(Math.floor(n)));
  }
  return unit === 'months' ? months(value) : years(value);
}

/**
 * Drops the ids the catalogue does not know, an age that is not a whole number from 0 to 120 and months that are not
 * a whole number from 0 to 23. Given both (the API takes one), the age in years is kept.
 */
export function withoutInvalid(
  state: WorkspaceState,
  catalogue: { conditions: { id: string; regimenOptions: { id: string }[] }[]; factors: { id: string }[] },
): WorkspaceState {
  const condition = catalogue.conditions.find((c) => c.id === state.condition);
  const regimenIds = condition?.regimenOptions.map((r) => r.id) ?? [];
  const factorIds = catalogue.factors.map((f) => f.id);
  const age = /^\d{1,3}$/.test(state.age.trim()) && Number(state.age) <= 120 ? state.age.trim() : '';
  const months = state.ageMonths.trim();
  const ageMonths = !age && /^\d{1,2}$/.test(months) && Number(months) <= MAX_AGE_MONTHS ? months : '';
  return {
    condition: condition ? condition.id : '',
    regimen: state.regimen.filter((id) => regimenIds.includes(id)),
    factors: state.factors.filter((id) => factorIds.includes(id)),
    age,
    ageMonths,
  };
}
