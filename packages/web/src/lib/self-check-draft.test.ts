// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearSelfCheckDraft, readSelfCheckDraft, writeSelfCheckDraft } from './self-check-draft';

const choices = ['1', '2', '3', '4'].map((code) => ({ code }));
const check = { id: 'coping-styles', version: '1', questions: [{ linkId: '1', choices }, { linkId: '2', choices }] };

beforeEach(() => sessionStorage.clear());

describe('self-check drafts', () => {
  it('keeps the answers across a reload, and forgets them once cleared', () => {
    writeSelfCheckDraft('coping-styles', '1', { 1: '3' });
    expect(readSelfCheckDraft(check)).toEqual({ 1: '3' });
    clearSelfCheckDraft('coping-styles');
    expect(readSelfCheckDraft(check)).toEqual({});
  });

  it('drops answers for another version of the check, and answers that are not a choice', () => {
    writeSelfCheckDraft('coping-styles', '0', { 1: '3' });
    expect(readSelfCheckDraft(check)).toEqual({});
    writeSelfCheckDraft('coping-styles', '1', { 1: '9', 2: '4', gone: '1' });
    expect(readSelfCheckDraft(check)).toEqual({ 2: '4' });
  });

  it('reads nothing from a broken entry, and writes nothing when nothing is chosen', () => {
    sessionStorage.setItem('mend.self-check-draft.coping-styles', '{not json');
    expect(readSelfCheckDraft(check)).toEqual({});
    writeSelfCheckDraft('coping-styles', '1', {});
    expect(sessionStorage.getItem('mend.self-check-draft.coping-styles')).toBeNull();
  });
});
