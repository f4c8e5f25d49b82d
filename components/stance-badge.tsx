/** The stance of a suggestion as a badge with words and an icon, so it reads without colour. */
import type { Stance } from '@/lib/kb/schema';
import { BanIcon, CheckIcon, QuestionIcon, TriangleAlertIcon } from './icons';

export const STANCE_WORD: Record<Stance, string> = {
  consider: 'Consider',
  'consider-with-caution': 'Consider with caution',
  'insufficient-evidence': 'Insufficient evidence',
  avoid: 'Avoid',
};

const STYLE: Record<Stance, { Icon: typeof CheckIcon; className: string }> = {
  consider: { Icon: CheckIcon, className: 'border-emerald-300 bg-emerald-50 text-emerald-900' },
  'consider-with-caution': { Icon: TriangleAlertIcon, className: 'border-amber-300 bg-amber-50 text-amber-950' },
  'insufficient-evidence': { Icon: QuestionIcon, className: 'border-slate-300 bg-slate-100 text-slate-800' },
  avoid: { Icon: BanIcon, className: 'border-red-300 bg-red-50 text-red-900' },
};

export function StanceBadge({ stance, size = 'md' }: { stance: Stance; size?: 'md' | 'lg' }) {
  const { Icon, className } = STYLE[stance];
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border font-semibold ${className} ${size === 'lg' ? 'px-3 py-1 text-base' : 'px-2.5 py-0.5 text-sm'}`}
      data-stance={stance}
    >
      <Icon />
      {STANCE_WORD[stance]}
    </span>
  );
}
