import { getContext, setContext } from 'svelte';
import type { AppState } from './app-state.svelte.ts';

const KEY = Symbol('qantar-app');

/** Made once by the app's root component, read by the components under it. */
export const setAppState = (state: AppState): AppState => setContext(KEY, state);

export function getAppState(): AppState {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('No Qantar app state: this component must sit inside App.svelte');
  return state;
}
