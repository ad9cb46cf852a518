import type { Db } from '../storage/database';
import { isKnownDevice, rememberDevice } from '../storage/known-devices-store';
import { findUserByName } from '../storage/users-store';
import { recordAuditEvent } from './audit-log';
import { hashSecret, randomSecret } from './secrets';

/** What randomSecret makes; anything else a client sends is replaced rather than trusted. */
const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The hash of the device cookie sent with a sign-in, when it is a browser the account with this
 * name has signed in from before; otherwise null. With a cookie, the same two lookups run whether
 * or not the name exists, so neither the answer nor its time says which names do.
 */
export async function knownDeviceOf(db: Db, name: string, sent: string | undefined): Promise<string | null> {
  if (sent === undefined || !DEVICE_ID_PATTERN.test(sent)) return null;
  const user = await findUserByName(db, name);
  const deviceHash = hashSecret(sent);
  const known = await isKnownDevice(db, user?.id ?? '', deviceHash);
  return user && known ? deviceHash : null;
}

/**
 * Notes the browser a person signs in from (in the sign-in's transaction). A sign-in from a
 * browser this person has not used before goes into their audit log with its device label;
 * registering is the first device, so it is only remembered. Returns the device id to (re)set
 * in the cookie.
 */
export async function noteSignInDevice(
  db: Db,
  ownerId: string,
  sent: string | undefined,
  label: string,
  now: Date,
  options: { registering: boolean },
): Promise<string> {
  const deviceId = sent !== undefined && DEVICE_ID_PATTERN.test(sent) ? sent : randomSecret();
  const deviceHash = hashSecret(deviceId);
  const known = await isKnownDevice(db, ownerId, deviceHash);
  if (!known && !options.registering) await recordAuditEvent(db, ownerId, { kind: 'sign-in-new-device', detail: { device: label } }, now);
  await rememberDevice(db, ownerId, { deviceHash, label, at: now.toISOString() });
  return deviceId;
}
