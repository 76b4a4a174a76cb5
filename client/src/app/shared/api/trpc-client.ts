import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from './api.types';
import type { ApiSession } from './api-session';

/**
 * A client of the server's tRPC API (same origin, /trpc) that sends the session's CSRF token with
 * every call and reports a 401 to the session, so that no page handles an expired session itself.
 */
export function createApiTrpcClient(session: ApiSession) {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/trpc', headers: () => session.headers(), fetch: session.fetch })],
  });
}
