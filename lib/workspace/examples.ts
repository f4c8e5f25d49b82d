/** Example starting points offered on the empty workspace. Each must be a valid query (a unit test checks). */
import type { WorkspaceState } from './state';

export const WORKSPACE_EXAMPLES: readonly { label: string; state: WorkspaceState }[] = [
  {
    label: 'Psoriasis, on a topical steroid and methotrexate',
    state: {
      condition: 'psoriasis',
      regimen: ['topical-corticosteroid', 'methotrexate'],
      factors: [],
      age: '',
      ageMonths: '',
    },
  },
  {
    label: 'Acne vulgaris, on doxycycline',
    state: { condition: 'acne-vulgaris', regimen: ['oral-doxycycline'], factors: [], age: '', ageMonths: '' },
  },
  {
    label: 'Eczema prevention, pregnant mother',
    state: { condition: 'atopic-dermatitis-prevention', regimen: [], factors: ['pregnant'], age: '', ageMonths: '' },
  },
  {
    label: 'Hidradenitis suppurativa',
    state: { condition: 'hidradenitis-suppurativa', regimen: [], factors: [], age: '', ageMonths: '' },
  },
];
