import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_PREFIX, api, fillPath, type Endpoint } from './contract';

const endpoints = Object.entries(api) as [string, Endpoint][];

describe('api contract', () => {
  it('starts every path with "/" and has no trailing slash', () => {
    for (const [name, endpoint] of endpoints) {
      expect(endpoint.path, name).toMatch(/^\//);
      expect(endpoint.path === '/' || !endpoint.path.endsWith('/'), name).toBe(true);
    }
    expect(API_PREFIX).toMatch(/^\/[a-z0-9/]+[^/]$/);
  });

  it('has one endpoint per method and path', () => {
    const keys = endpoints.map(([, endpoint]) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every path parameter a params schema with that key, and no more', () => {
    for (const [name, endpoint] of endpoints) {
      const inPath = [...endpoint.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]);
      if (inPath.length === 0) {
        expect(endpoint.params, name).toBeUndefined();
        continue;
      }
      expect(endpoint.params, name).toBeInstanceOf(z.ZodObject);
      expect(Object.keys((endpoint.params as z.ZodObject).shape).sort(), name).toEqual([...inPath].sort());
    }
  });

  it('returns no body exactly when the status is 204', () => {
    for (const [name, endpoint] of endpoints) expect(endpoint.response === null, name).toBe(endpoint.status === 204);
  });

  it('sends no body with GET, and with DELETE only to re-type the password for deleting the account', () => {
    for (const [name, endpoint] of endpoints) {
      if (endpoint.method === 'GET') expect(endpoint.body, name).toBeUndefined();
    }
    expect(endpoints.filter(([, endpoint]) => endpoint.method === 'DELETE' && endpoint.body).map(([name]) => name)).toEqual(['deleteAccount']);
  });

  it('leaves only health, signing in (a therapist with an invite too) and the crisis lines open without a session', () => {
    const open = endpoints.filter(([, endpoint]) => !endpoint.auth).map(([name]) => name).sort();
    expect(open).toEqual(['crisisLines', 'health', 'login', 'logout', 'register', 'registerTherapist', 'setupStatus']);
  });

  it('describes every endpoint', () => {
    for (const [name, endpoint] of endpoints) expect(endpoint.summary.trim(), name).not.toBe('');
  });
});

describe('fillPath', () => {
  it('fills path parameters', () => {
    expect(fillPath('/moments/:id', { id: 'abc' })).toBe('/moments/abc');
    expect(fillPath(api.classifySkill.path, { id: 'box-breathing' })).toBe('/skills/box-breathing/classification');
  });

  it('encodes what it fills in', () => {
    expect(fillPath('/moments/:id', { id: 'a b/c?d' })).toBe('/moments/a%20b%2Fc%3Fd');
  });

  it('leaves a path without parameters alone', () => {
    expect(fillPath('/moments', undefined)).toBe('/moments');
    expect(fillPath('/moments', { id: 'x' })).toBe('/moments');
  });

  it('fills a missing parameter with nothing', () => {
    expect(fillPath('/moments/:id', undefined)).toBe('/moments/');
    expect(fillPath('/moments/:id', {})).toBe('/moments/');
  });
});
