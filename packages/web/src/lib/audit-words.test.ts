import { AUDIT_EVENT_KINDS } from '@mend/core';
import { describe, expect, it } from 'vitest';
import { auditEventWords } from './audit-words';

describe('auditEventWords', () => {
  it.each([
    [{ kind: 'export', detail: { format: 'csv', records: 'moments', count: 4 } }, 'You exported your moments as CSV'],
    [{ kind: 'export', detail: { format: 'csv', records: 'practices' } }, 'You exported your practices as CSV'],
    [{ kind: 'export', detail: { format: 'json', records: 'everything' } }, 'You downloaded all your data (a Mend JSON file)'],
    [{ kind: 'import', detail: { momentsCreated: 12, momentsUpdated: 0, practicesCreated: 1, skillsCreated: 0 } }, 'You imported a Mend file — 12 moments, 1 practice added'],
    [{ kind: 'import', detail: { momentsCreated: 0, practicesCreated: 0 } }, 'You imported a Mend file — nothing new'],
    [{ kind: 'import-daylio', detail: { imported: 12, alreadyThere: 0, refused: 1, skillsCreated: 4 } }, 'You imported from Daylio — 12 entries added, 1 row refused'],
    [{ kind: 'token-created', detail: { tokenId: 't1', name: 'backup script', scopes: 'read, export' } }, 'A personal access token was created: backup script (read, export)'],
    [{ kind: 'token-revoked', detail: { tokenId: 't1', name: 'backup script' } }, 'A personal access token was revoked: backup script'],
    [{ kind: 'signed-out-everywhere', detail: { sessions: 3 } }, 'You signed out everywhere — 3 browsers signed out'],
    [{ kind: 'app-lock-changed', detail: { change: 'removed' } }, 'The app lock was turned off'],
    [{ kind: 'app-lock-changed', detail: { change: 'set', lockAfterMinutes: 5 } }, 'The app lock was turned on'],
    [{ kind: 'sign-in-new-device', detail: { device: 'Firefox on Android' } }, 'Signed in on a new device: Firefox on Android'],
    [{ kind: 'sign-in-new-device', detail: {} }, 'Signed in on a new device'],
    [{ kind: 'moment-deleted', detail: { momentId: 'm1' } }, 'A moment was deleted'],
    [{ kind: 'idle-sign-out-changed', detail: { minutes: 15 } }, 'Idle sign-out was set to 15 minutes without use'],
    [{ kind: 'idle-sign-out-changed', detail: { minutes: 60 } }, 'Idle sign-out was set to an hour without use'],
    [{ kind: 'idle-sign-out-changed', detail: { minutes: 1440 } }, 'Idle sign-out was set to 24 hours without use'],
    [{ kind: 'idle-sign-out-changed', detail: { minutes: 'off' } }, 'Idle sign-out was turned off'],
    [{ kind: 'session-ended', detail: { device: 'Safari on iOS' } }, 'You signed out another browser: Safari on iOS'],
    [{ kind: 'signed-out-wrong-pin', detail: { wrongPins: 5, device: 'Firefox on Linux' } }, 'Signed out after wrong app-lock PINs: Firefox on Linux'],
    [{ kind: 'calendar-feed-created', detail: {} }, 'A calendar feed address was made (any earlier one stopped working)'],
    [{ kind: 'calendar-feed-deleted', detail: {} }, 'The calendar feed address was turned off'],
    [{ kind: 'therapist-read', detail: { therapist: 'dr-lee', what: 'session-prep', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' } }, 'dr-lee looked at your session summary'],
    [{ kind: 'therapist-read', detail: { therapist: 'dr-lee', what: 'session-prep-pdf' } }, 'dr-lee looked at your session summary (as a PDF)'],
    [{ kind: 'therapist-read', detail: { therapist: 'dr-lee', what: 'moments' } }, 'dr-lee looked at your moments'],
    [{ kind: 'therapist-read', detail: { therapist: 'dr-lee', what: 'safety-plan' } }, 'dr-lee looked at your safety plan'],
    [{ kind: 'therapist-read', detail: {} }, 'A therapist you share with looked at your data'],
    [{ kind: 'share-invite-created', detail: { inviteId: 'i1', scopes: 'summary, moments' } }, 'You made an invite for a therapist: summary and insights and moments'],
    [{ kind: 'share-invite-created', detail: { scopes: 'summary, safety-plan' } }, 'You made an invite for a therapist: summary and insights and safety plan'],
    [{ kind: 'share-invite-cancelled', detail: { inviteId: 'i1' } }, 'You withdrew an invite for a therapist; its code no longer works'],
    [{ kind: 'share-started', detail: { therapist: 'dr-lee', scopes: 'summary' } }, 'You started sharing with dr-lee: summary and insights'],
    [{ kind: 'share-changed', detail: { therapist: 'dr-lee', scopes: 'moments,notes' } }, 'You changed what dr-lee sees: moments and what you wrote too'],
    [{ kind: 'share-revoked', detail: { therapist: 'dr-lee' } }, 'You stopped sharing with dr-lee'],
    [{ kind: 'share-revoked', detail: {} }, 'You stopped sharing with a therapist'],
    [{ kind: 'therapist-suggestion-answered', detail: { therapist: 'dr-lee', answer: 'accepted' } }, 'You accepted a suggestion from dr-lee'],
    [{ kind: 'therapist-suggestion-answered', detail: { answer: 'declined' } }, 'You said not now to a suggestion from your therapist'],
  ] as const)('%j → %s', (event, words) => {
    expect(auditEventWords(event)).toBe(words);
  });

  it('has words for every kind, even without details', () => {
    for (const kind of AUDIT_EVENT_KINDS) expect(auditEventWords({ kind, detail: {} })).toMatch(/^[A-Z]/);
  });
});
