/** Severity in words, icon and colour together (never colour alone). */
import { bySeverity as compare, type Severity } from '@/lib/kb/schema';
import { InfoIcon, OctagonAlertIcon, TriangleAlertIcon } from './icons';

export const SEVERITY_STYLE: Record<Severity, { word: string; Icon: typeof InfoIcon; box: string; text: string }> = {
  critical: { word: 'Critical', Icon: OctagonAlertIcon, box: 'border-red-300 bg-red-50', text: 'text-red-900' },
  warning: { word: 'Warning', Icon: TriangleAlertIcon, box: 'border-amber-300 bg-amber-50', text: 'text-amber-950' },
  info: { word: 'Note', Icon: InfoIcon, box: 'border-sky-200 bg-sky-50', text: 'text-sky-950' },
};

export const bySeverity = <T extends { severity: Severity }>(items: readonly T[]): T[] => [...items].sort(compare);

/** "⚠ Warning:" as a label in front of a text. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { word, Icon } = SEVERITY_STYLE[severity];
  return (
    <span className="inline-flex items-center gap-1 font-semibold">
      <Icon />
      {word}:
    </span>
  );
}
