/** The main screens of a signed-in person, by path. The moment page needs a real id. */
export function mainScreens(momentId: string): Array<{ name: string; path: string }> {
  return [
    { name: 'home (quick log)', path: '/' },
    { name: 'full log', path: '/log' },
    { name: 'history', path: '/history' },
    { name: 'a moment', path: `/history/${momentId}` },
    { name: 'insights', path: '/insights' },
    { name: 'toolkit', path: '/toolkit' },
    { name: 'a skill', path: '/toolkit/box-breathing' },
    { name: 'add a skill', path: '/toolkit/new' },
    { name: 'practice', path: '/practice' },
    { name: 'a coping exercise', path: '/practice/box-breathing' },
    { name: 'a healing exercise', path: '/practice/core-belief-worksheet' },
    { name: 'what might help now', path: '/now' },
    { name: 'healing path', path: '/path' },
    { name: 'progress', path: '/progress' },
    { name: 'self-checks', path: '/self-checks' },
    { name: 'taking a self-check', path: '/self-checks/coping-styles' },
    { name: 'settings', path: '/settings' },
    { name: 'account activity', path: '/settings/activity' },
    { name: 'printable report', path: '/report' },
    { name: 'help now', path: '/help' },
    { name: 'safety plan', path: '/safety-plan' },
    { name: 'edit the safety plan', path: '/safety-plan/edit' },
  ];
}
