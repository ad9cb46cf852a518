import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type RegisterOptions } from './register-service-worker';

type Target = NonNullable<RegisterOptions['target']>;

function fakeWindow({ withWorkers = true, readyState = 'complete' } = {}) {
  const register = vi.fn(() => Promise.resolve({}));
  const listeners: Array<() => void> = [];
  const target = {
    navigator: withWorkers ? { serviceWorker: { register } } : {},
    document: { readyState },
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  } as unknown as Target;
  return { target, register, fireLoad: () => listeners.forEach((listener) => listener()) };
}

describe('registerServiceWorker', () => {
  it('registers /sw.js for the whole app in a production build', () => {
    const { target, register } = fakeWindow();
    registerServiceWorker({ enabled: true, target });
    expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('waits for the page to finish loading first', () => {
    const { target, register, fireLoad } = fakeWindow({ readyState: 'loading' });
    registerServiceWorker({ enabled: true, target });
    expect(register).not.toHaveBeenCalled();
    fireLoad();
    expect(register).toHaveBeenCalledOnce();
  });

  it('does nothing when not enabled (dev server, tests) or where there are no service workers', () => {
    const off = fakeWindow();
    registerServiceWorker({ enabled: false, target: off.target });
    expect(off.register).not.toHaveBeenCalled();
    expect(() => registerServiceWorker({ enabled: true, target: fakeWindow({ withWorkers: false }).target })).not.toThrow();
  });

  it('keeps the app working when registration fails', async () => {
    const { target, register } = fakeWindow();
    register.mockImplementationOnce(() => Promise.reject(new Error('blocked')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registerServiceWorker({ enabled: true, target });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    warn.mockRestore();
  });
});
