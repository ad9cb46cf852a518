import { SHARE_SCOPES, type AuditDetail, type AuditEvent, type AuditEventKind, type ShareScope } from '@mend/core';
import { scopeList } from './share-words';

const text = (detail: AuditDetail, key: string): string | null => {
  const value = detail[key];
  return value === undefined || value === '' ? null : String(value);
};

const count = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;

/** "12 moments, 3 practices": the numbers in a detail, in words; zeros left out when `skipZero`. */
function counts(detail: AuditDetail, names: Record<string, [string, string]>, skipZero = false): string | null {
  const parts = Object.entries(names)
    .filter(([key]) => typeof detail[key] === 'number' && !(skipZero && detail[key] === 0))
    .map(([key, [one, many]]) => count(detail[key] as number, one, many));
  return parts.length ? parts.join(', ') : null;
}

const withPart = (sentence: string, part: string | null, joiner = ': ') => (part ? `${sentence}${joiner}${part}` : sentence);

function exportWords(detail: AuditDetail): string {
  if (text(detail, 'format') === 'csv') {
    const records = text(detail, 'records') ?? 'moments';
    return `You exported your ${records === 'practices' ? 'practices' : 'moments'} as CSV`;
  }
  return 'You downloaded all your data (a Mend JSON file)';
}

/** What a Mend import added; "nothing new" when it was all there already. */
function importWords(detail: AuditDetail): string {
  const added = counts(detail, {
    momentsCreated: ['moment', 'moments'],
    practicesCreated: ['practice', 'practices'],
    skillsCreated: ['skill of your own', 'skills of your own'],
    safetyPlanVersionsCreated: ['safety plan version', 'safety plan versions'],
  }, true);
  return `You imported a Mend file — ${added ? `${added} added` : 'nothing new'}`;
}

function daylioWords(detail: AuditDetail): string {
  const parts = [
    counts(detail, { imported: ['entry added', 'entries added'] }),
    counts(detail, { alreadyThere: ['already there', 'already there'] }, true),
    counts(detail, { refused: ['row refused', 'rows refused'] }, true),
  ].filter((part) => part !== null);
  return withPart('You imported from Daylio', parts.join(', ') || null, ' — ');
}

const tokenWords = (sentence: string) => (detail: AuditDetail) => {
  const scopes = text(detail, 'scopes');
  return withPart(sentence, text(detail, 'name')) + (scopes ? ` (${scopes})` : '');
};

const therapist = (detail: AuditDetail) => text(detail, 'therapist') ?? 'a therapist';

/** What was shared, from the detail's `scopes` ("summary, moments"). */
function sharedWhat(detail: AuditDetail): string | null {
  const list = (text(detail, 'scopes') ?? '').split(/[,\s]+/);
  const known = list.filter((scope): scope is ShareScope => (SHARE_SCOPES as readonly string[]).includes(scope));
  return known.length ? scopeList(known) : null;
}

/** What a therapist looked at, in the person's words. */
const READ_WHAT: Record<string, string> = {
  'session-prep': 'session summary',
  'session-prep-pdf': 'session summary (as a PDF)',
  insights: 'insights',
  moments: 'moments',
  'safety-plan': 'safety plan',
  practices: 'practices and worksheets',
};

function therapistReadWords(detail: AuditDetail): string {
  const what = text(detail, 'what');
  const who = text(detail, 'therapist');
  const thing = what ? READ_WHAT[what] ?? what.replace(/-/g, ' ') : null;
  if (!who && !thing) return 'A therapist you share with looked at your data';
  return `${who ?? 'A therapist you share with'} looked at your ${thing ?? 'data'}`;
}

/** One plain sentence per kind, in the second person; details fill in names and counts when they are there. */
const WORDS: Record<AuditEventKind, (detail: AuditDetail) => string> = {
  export: exportWords,
  import: importWords,
  'import-daylio': daylioWords,
  'moment-deleted': () => 'A moment was deleted',
  'practice-deleted': () => 'A practice was deleted',
  'token-created': tokenWords('A personal access token was created'),
  'token-revoked': tokenWords('A personal access token was revoked'),
  'sign-in-new-device': (detail) => withPart('Signed in on a new device', text(detail, 'device')),
  'signed-out-everywhere': (detail) => withPart('You signed out everywhere', counts(detail, { sessions: ['browser signed out', 'browsers signed out'] }), ' — '),
  'password-changed': () => 'Your password was changed',
  'app-lock-changed': (detail) => {
    const change = text(detail, 'change');
    if (change === 'removed') return 'The app lock was turned off';
    if (change === 'set') return 'The app lock was turned on';
    return 'The app lock PIN was changed';
  },
  'idle-sign-out-changed': (detail) => {
    const minutes = detail.minutes;
    if (typeof minutes !== 'number') return 'Idle sign-out was turned off';
    const after = minutes % 60 === 0 ? (minutes === 60 ? 'an hour' : `${minutes / 60} hours`) : count(minutes, 'minute', 'minutes');
    return `Idle sign-out was set to ${after} without use`;
  },
  'session-ended': (detail) => withPart('You signed out another browser', text(detail, 'device')),
  'signed-out-wrong-pin': (detail) => withPart('Signed out after wrong app-lock PINs', text(detail, 'device')),
  'calendar-feed-created': () => 'A calendar feed address was made (any earlier one stopped working)',
  'calendar-feed-deleted': () => 'The calendar feed address was turned off',
  'therapist-read': therapistReadWords,
  'share-invite-created': (detail) => withPart('You made an invite for a therapist', sharedWhat(detail)),
  'share-invite-cancelled': () => 'You withdrew an invite for a therapist; its code no longer works',
  'share-started': (detail) => withPart(`You started sharing with ${therapist(detail)}`, sharedWhat(detail)),
  'share-changed': (detail) => withPart(`You changed what ${therapist(detail)} sees`, sharedWhat(detail)),
  'share-revoked': (detail) => `You stopped sharing with ${therapist(detail)}`,
  'therapist-suggestion-answered': (detail) => {
    const answer = text(detail, 'answer');
    const who = text(detail, 'therapist');
    const from = who ? ` from ${who}` : ' from your therapist';
    if (answer === 'accepted') return `You accepted a suggestion${from}`;
    if (answer === 'declined') return `You said not now to a suggestion${from}`;
    return `You answered a suggestion${from}`;
  },
};

export function auditEventWords(event: Pick<AuditEvent, 'kind' | 'detail'>): string {
  return WORDS[event.kind](event.detail);
}
