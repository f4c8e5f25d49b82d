'use client';

/**
 * The handout last created for an answer, kept in this tab's sessionStorage (an unguessable /h/ address, never patient
 * data) so "Copy to note" can name it when the clinician comes back from printing it.
 */
import type { RecommendationOut } from '@/lib/rules/types';

const keyOf = (input: RecommendationOut['input']) =>
  `gutskin:handout:${JSON.stringify([input.condition, input.regimen, input.factors, input.age, input.ageMonths])}`;

export function rememberHandout(input: RecommendationOut['input'], url: string): void {
  try {
    sessionStorage.setItem(keyOf(input), new URL(url, window.location.origin).href);
  } catch {
    // Storage off or full: the note then names no handout.
  }
}

export function rememberedHandout(input: RecommendationOut['input']): string | null {
  try {
    return sessionStorage.getItem(keyOf(input));
  } catch {
    return null;
  }
}
