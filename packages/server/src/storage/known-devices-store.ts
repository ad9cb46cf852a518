import type { Db } from './database';

/** Whether this person has signed in from the browser holding this device cookie before. */
export async function isKnownDevice(db: Db, ownerId: string, deviceHash: string): Promise<boolean> {
  const row = await db.selectFrom('known_devices').select('device_hash').where('owner_id', '=', ownerId).where('device_hash', '=', deviceHash).executeTakeFirst();
  return row !== undefined;
}

export async function rememberDevice(db: Db, ownerId: string, device: { deviceHash: string; label: string; at: string }): Promise<void> {
  await db
    .insertInto('known_devices')
    .values({ owner_id: ownerId, device_hash: device.deviceHash, device: device.label, first_seen_at: device.at, last_seen_at: device.at })
    .onConflict((conflict) => conflict.columns(['owner_id', 'device_hash']).doUpdateSet({ device: device.label, last_seen_at: device.at }))
    .execute();
}
