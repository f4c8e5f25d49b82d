import { describe, expect, it } from 'vitest';
import { ageInYears } from './age';
import { NOW } from './testing';

describe('age from Patient.birthDate, in whole years at the time of the call', () => {
  it('counts a birthday only once it has come', () => {
    expect(ageInYears('1980-11-27', NOW)).toBe(46);
    expect(ageInYears('1980-11-28', NOW)).toBe(45);
    expect(ageInYears('2026-03-01', NOW)).toBe(0);
    expect(ageInYears('2025-11-27', NOW)).toBe(1);
  });
  it('reads partial dates as their latest possible day, so an age is never overstated', () => {
    expect(ageInYears('2025', NOW)).toBe(0); // could be born 31 Dec 2025
    expect(ageInYears('2025-11', NOW)).toBe(0); // could be born 30 Nov 2025
    expect(ageInYears('2025-10', NOW)).toBe(1);
  });
  it('gives null for a future, impossible or unreadable date', () => {
    expect(ageInYears('2027-01-01', NOW)).toBeNull();
    expect(ageInYears('1880-01-01', NOW)).toBeNull();
    expect(ageInYears('yesterday', NOW)).toBeNull();
    expect(ageInYears(undefined, NOW)).toBeNull();
  });
});
