import { describe, expect, it } from 'vitest';
import { inviteCodeHash, newInviteCode } from './invite-codes';

describe('invite codes', () => {
  it('are 160 random bits in groups of four, never the same twice', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newInviteCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$/);
  });

  it('hash the same however the code is typed, and differently for another code', () => {
    const code = newInviteCode();
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(inviteCodeHash(typed)).toBe(inviteCodeHash(code));
    expect(inviteCodeHash('ABCD-0000')).toBe(inviteCodeHash('abcd-oooo'));
    expect(inviteCodeHash(newInviteCode())).not.toBe(inviteCodeHash(code));
    expect(inviteCodeHash(code)).not.toContain(code.replace(/-/g, ''));
  });
});
