/** layerlint's version, as package.json gives it. */
declare const __LAYERLINT_VERSION__: string | undefined;
/** Replaced at bundle time; falls back for tests run from source. */
export const VERSION: string = typeof __LAYERLINT_VERSION__ === 'string' ? __LAYERLINT_VERSION__ : '0.1.0';
