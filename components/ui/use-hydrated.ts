import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False in the static HTML, true once React runs in the browser: for controls that need JavaScript. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
