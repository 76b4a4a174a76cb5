import { HttpApiError, isBilingualMessage } from '../shared/api/http-api-error';

export interface JsonRequest {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * One call to a plain JSON endpoint of the server (same origin, so the session cookie goes along).
 * Resolves with the parsed reply (null for 204 No Content); a refusal with the server's bilingual
 * message rejects with HttpApiError, anything else (network down, a proxy's error page) with a TypeError.
 */
export async function requestJson<T>(url: string, request: JsonRequest = {}): Promise<T> {
  const { method = 'GET', body, headers = {} } = request;
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null as T;
  const reply: unknown = await response.json().catch(() => undefined);
  if (response.ok && reply !== undefined) return reply as T;
  if (isBilingualMessage(reply)) throw new HttpApiError(response.status, reply);
  throw new TypeError(`unexpected reply ${response.status} from ${url}`);
}
