/** Query keys for TanStack Query, from one factory so that invalidation and prefetching agree. */
import type { WorkspaceState } from '@/lib/workspace/state';

export const queryKeys = {
  all: ['gutskin'] as const,
  recommendations: (state: WorkspaceState) =>
    [
      ...queryKeys.all,
      'recommendations',
      {
        condition: state.condition,
        regimen: state.regimen,
        factors: state.factors,
        age: state.age.trim(),
        ageMonths: state.ageMonths.trim(),
      },
    ] as const,
};
