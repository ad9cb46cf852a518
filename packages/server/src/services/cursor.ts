import { IdSchema } from '@mend/core';
import { invalidFields } from '../api-problem';

export interface CursorPosition {
  occurredAt: string;
  id: string;
}

const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Opaque to clients: the (occurredAt, id) of the last moment on the page. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.occurredAt, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [occurredAt, id] = value as unknown[];
      if (typeof occurredAt === 'string' && STORED_TIME.test(occurredAt) && IdSchema.safeParse(id).success) {
        return { occurredAt, id: id as string };
      }
    }
  } catch {
    // fall through: any garbage is the same problem for the caller
  }
  throw invalidFields({ cursor: 'must be a cursor returned by an earlier page' });
}
