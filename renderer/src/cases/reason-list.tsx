import type { Reason } from '../../../shared/workflow';
import { useText } from './use-text';

/** The engine's reasons as sentences; one reason reads as a sentence, several as a list. */
export function ReasonList({ reasons, className }: { reasons: readonly Reason[]; className?: string }) {
  const { reason } = useText();
  const sentences = [...new Set(reasons.map(reason))];
  if (sentences.length === 1) return <span className={className}>{sentences[0]}</span>;
  return (
    <ul className={['qz-reason-list', className].filter(Boolean).join(' ')}>
      {sentences.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}
