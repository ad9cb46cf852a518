import type { Moment, Practice } from '@mend/core';
import { useQuery } from '@tanstack/react-query';
import { apiCall } from './client';
import { queryKeys } from './keys';
import { practiceKeys } from './use-practices';

/** The server's largest page; a report of years of moments is a handful of requests. */
const PAGE = 500;
/** Enough for years of several moments a day; past it the report says it shows the newest. */
export const MOST_MOMENTS = 20 * PAGE;

export interface ReportMoments {
  moments: Moment[];
  /** More moments than MOST_MOMENTS in the period: only the newest are shown. */
  cut: boolean;
}

/** Every moment since `from` (all of them when null), newest first, page after page. */
export function useReportMoments(from: string | null) {
  return useQuery({
    // Under the moments key, so logging or editing a moment refreshes the report too.
    queryKey: [...queryKeys.moments, 'report', from],
    queryFn: async (): Promise<ReportMoments> => {
      const moments: Moment[] = [];
      let cursor: string | undefined;
      do {
        const page = await apiCall('listMoments', { query: { limit: PAGE, cursor, ...(from && { from }) } });
        moments.push(...page.moments);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && moments.length < MOST_MOMENTS);
      return { moments, cut: Boolean(cursor) };
    },
  });
}

export interface ReportPractices {
  practices: Practice[];
  /** The server gives at most PAGE practices at once: only the newest are shown. */
  cut: boolean;
}

export function useReportPractices(from: string | null, enabled: boolean) {
  return useQuery({
    queryKey: [...practiceKeys.all, 'report', from],
    queryFn: async (): Promise<ReportPractices> => {
      const { practices } = await apiCall('listPractices', { query: { limit: PAGE, ...(from && { since: from }) } });
      return { practices, cut: practices.length === PAGE };
    },
    enabled,
  });
}
