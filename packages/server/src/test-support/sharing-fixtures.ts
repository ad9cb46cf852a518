/* eslint-disable @typescript-eslint/no-explicit-any -- tests read answers loosely; the server's schemas check the shapes */
import type { AuditEvent, ShareScope } from '@mend/core';
import { uniqueName } from './factories';
import { TEST_PASSWORD, type TestClient } from './test-client';
import type { TestServer } from './test-server';

const DAY_MS = 24 * 60 * 60 * 1000;

/** "until" this many days after the test clock's now. */
export function daysAhead(server: TestServer, days: number): string {
  return new Date(server.clock.now().getTime() + days * DAY_MS).toISOString();
}

/** The person makes an invite; throws unless it is made. */
export async function invite(person: TestClient, scopes: readonly ShareScope[], until: string): Promise<{ id: string; code: string; url: string }> {
  const response = await person.post('/sharing/invites', { scopes, until });
  if (response.status !== 201) throw new Error(`invite: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A new therapist's account made with the code, signed in on `client`. */
export async function registerTherapist(client: TestClient, code: string, name = uniqueName('therapist')): Promise<{ id: string; name: string; role: string }> {
  const response = await client.post('/auth/register-therapist', { name, password: TEST_PASSWORD, code });
  if (response.status !== 201) throw new Error(`register therapist: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function accept(therapist: TestClient, code: string): Promise<any> {
  const response = await therapist.post('/therapist/invites', { code });
  if (response.status !== 201) throw new Error(`accept: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The person's whole audit log, newest first. */
export async function auditLog(person: TestClient): Promise<AuditEvent[]> {
  const response = await person.get('/audit-log?limit=200');
  if (response.status !== 200) throw new Error(`audit log: ${response.status}`);
  return response.body.events;
}

export async function therapistReads(person: TestClient): Promise<AuditEvent[]> {
  return (await auditLog(person)).filter((event) => event.kind === 'therapist-read');
}
