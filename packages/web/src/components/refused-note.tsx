import type { Refusal } from '../offline/outbox';

/** The full log's names for the fields a server problem can point at. */
const FIELD_NAMES: Record<string, string> = {
  id: 'Its id',
  occurredAt: 'When',
  distressBefore: 'How hard it was',
  distressAfter: 'How hard it was afterwards',
  arousal: 'How your body was',
  emotions: 'What you felt',
  trigger: 'What set it off',
  triggerTags: 'Trigger tags',
  contextTags: 'Where, and with whom',
  skillIds: 'What you did',
  followUps: 'Later check-ins',
  note: 'Note',
  satWithFeeling: 'Staying with the feeling',
};

/** What the server asked to change about a moment kept on this device. */
export function RefusedNote({ refusal }: { refusal: Refusal }) {
  const fields = Object.entries(refusal.fields);
  return (
    <div className="refused-note">
      <p>Mend’s server asked for a change before it can keep this one: {refusal.message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([path, message]) => (
            <li key={path}>{FIELD_NAMES[path.split('.')[0] ?? ''] ?? path}: {message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
