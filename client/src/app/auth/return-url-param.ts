/**
 * The query parameter that carries the page to go back to after signing in. A file of its own so
 * that the section guard (initial bundle) does not pull the lazy pages' URL checks in with it.
 */
export const RETURN_URL_PARAM = 'returnUrl';
