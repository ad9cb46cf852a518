import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Every free-text column, by table. Stores seal these on the way in and open them on the way out,
 * so nothing above storage ever sees ciphertext. Tags, ids, numbers and times stay plain: queries
 * and the insights engine read them (docs/security.md says so).
 */
export const ENCRYPTED_COLUMNS = {
  moments: { rowKey: 'id', columns: ['note', 'trigger_text'] },
  practices: { rowKey: 'id', columns: ['notes', 'answers'] },
  custom_skills: { rowKey: 'id', columns: ['name', 'summary', 'steps'] },
  safety_plan_versions: { rowKey: 'version', columns: ['content'] },
  therapist_suggestions: { rowKey: 'id', columns: ['message'] },
  questionnaire_responses: { rowKey: 'id', columns: ['answers', 'scores'] },
} as const;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;
export type EncryptedColumn<T extends EncryptedTable> = (typeof ENCRYPTED_COLUMNS)[T]['columns'][number];

/** `enc:v1:` + base64(iv ‖ tag ‖ ciphertext). The prefix tells sealed values from rows written before encryption. */
export const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const ALGORITHM = 'aes-256-gcm';

/** AES-256-GCM with a fresh IV every time; `context` is authenticated, not stored, so a value only opens where it was sealed. */
export function seal(key: Buffer, context: string, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return SEALED_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}

/** Throws when the value was sealed under another key or context (another person's row, another column) or was altered. */
export function open(key: Buffer, context: string, stored: string): string {
  if (!isSealed(stored)) throw new Error(`${context}: the stored value is not encrypted`);
  const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error(`${context}: the stored value is too short to be encrypted data`);
  const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new Error(`${context}: the stored value does not decrypt (another key, another person's row, or altered)`);
  }
}

/** Binds a field to its owner, table and column: copied anywhere else, it no longer opens. */
export function fieldContext(ownerId: string, table: string, column: string): string {
  return `mend-field:v1\u0000${ownerId}\u0000${table}\u0000${column}`;
}

/** A data key is bound to its owner, so swapping two people's wrapped keys breaks both rather than mixing them. */
export function dataKeyContext(ownerId: string): string {
  return `mend-data-key:v1\u0000${ownerId}`;
}

/** One person's fields, sealed and opened with their data key. Null stays null (a moment without a note). */
export interface FieldCipher {
  seal<T extends EncryptedTable>(table: T, column: EncryptedColumn<T>, plain: string): string;
  sealNullable<T extends EncryptedTable>(table: T, column: EncryptedColumn<T>, plain: string | null): string | null;
  open<T extends EncryptedTable>(table: T, column: EncryptedColumn<T>, stored: string): string;
  openNullable<T extends EncryptedTable>(table: T, column: EncryptedColumn<T>, stored: string | null): string | null;
}

export function fieldCipher(ownerId: string, dataKey: Buffer): FieldCipher {
  const sealOne = (table: string, column: string, plain: string) => seal(dataKey, fieldContext(ownerId, table, column), plain);
  const openOne = (table: string, column: string, stored: string) => open(dataKey, fieldContext(ownerId, table, column), stored);
  return {
    seal: sealOne,
    sealNullable: (table, column, plain) => (plain === null ? null : sealOne(table, column, plain)),
    open: openOne,
    openNullable: (table, column, stored) => (stored === null ? null : openOne(table, column, stored)),
  };
}
