// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../test/mock-api';
import '../test/render';
import { usePendingFollowUps } from './use-follow-ups';

describe('usePendingFollowUps', () => {
  it('asks as a background poll, so a Home screen left open never keeps the session in use', async () => {
    const { calls } = mockApi({ 'GET /follow-ups/pending': { delayMinutes: 120, pending: [] } });
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => usePendingFollowUps(), { wrapper });
    await waitFor(() => expect(result.current.data).toEqual({ delayMinutes: 120, pending: [] }));
    expect(calls).toEqual([{ method: 'GET', path: '/follow-ups/pending', body: undefined, background: true }]);
  });
});
