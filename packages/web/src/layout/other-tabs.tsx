import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { followOtherTab } from '../api/end-session';
import { onOtherTabChange } from '../lib/device-session';

/**
 * Tabs of Mend share one session: a lock or a sign-out in another tab is followed here at once
 * (answers dropped, the lock or sign-in shown), rather than at this tab's next request. Renders nothing.
 */
export function OtherTabs() {
  const queryClient = useQueryClient();
  useEffect(() => onOtherTabChange((change) => followOtherTab(queryClient, change)), [queryClient]);
  return null;
}
