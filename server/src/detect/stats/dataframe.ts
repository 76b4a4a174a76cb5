import type * as DanfoModule from 'danfojs-node';

/**
 * The one place danfojs-node is imported. Loading it costs about 1.5 s (TensorFlow's pure-JS
 * backend), so it is imported on first use and only the rules that compute statistics pay for it.
 */
export type Danfo = typeof DanfoModule;

let loading: Promise<Danfo> | undefined;

export function loadDanfo(): Promise<Danfo> {
  loading ??= import('danfojs-node');
  return loading;
}
