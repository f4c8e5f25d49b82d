/** Age from a FHIR birthDate, never overstated. */

/**
 * A FHIR birthDate (YYYY, YYYY-MM or YYYY-MM-DD, anything after ignored) as a calendar date, a partial date read as
 * its latest possible day. Null when unreadable or impossible.
 */
function latestBirthDay(birthDate: string | undefined): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(birthDate ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/**
 * Whole years between a FHIR birthDate and `now` (UTC calendar dates). A partial date (YYYY or YYYY-MM) is read as
 * its latest possible day, so the age is never overstated (infant rules stay on). Null when unusable.
 */
export function ageInYears(birthDate: string | undefined, now: Date): number | null {
  const born = latestBirthDay(birthDate);
  if (!born) return null;
  const nowMonth = now.getUTCMonth() + 1;
  const nowDay = now.getUTCDate();
  let age = now.getUTCFullYear() - born.year;
  if (nowMonth < born.month || (nowMonth === born.month && nowDay < born.day)) age -= 1;
  return age >= 0 && age <= 120 ? age : null;
}

/** Whole months between a FHIR birthDate and `now`, read like `ageInYears` (never overstated). Null when unusable. */
export function ageInMonths(birthDate: string | undefined, now: Date): number | null {
  const born = latestBirthDay(birthDate);
  if (!born || ageInYears(birthDate, now) === null) return null;
  let months = (now.getUTCFullYear() - born.year) * 12 + (now.getUTCMonth() + 1 - born.month);
  if (now.getUTCDate() < born.day) months -= 1;
  return months >= 0 ? months : null;
}
