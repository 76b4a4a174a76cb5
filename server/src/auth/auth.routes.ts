import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import { plainText } from '../shared/money.schemas';
import type { AuthServices, ClientInfo } from './auth.types';
import type { Role, SessionUser } from './roles';
import { csrfTokenOf, SESSION_MAX_MS } from './sessions';

export const SESSION_COOKIE = 'bw_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user and their session token, for /trpc and /api requests; null when signed out. */
    auth: { user: SessionUser; token: string } | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isApi = (url: string) => url.startsWith('/trpc') || url.startsWith('/api/');

const loginBody = z.object({ username: plainText(64).min(1), password: z.string().min(1).max(256) }).strict();
const passwordBody = z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }).strict();

const message = (zh: string, en: string) => ({ messageZh: zh, messageEn: en });
const SIGN_IN_FIRST = message('请先登录', 'Please sign in first');
const NO_ACCESS = message('您的角色无权访问此功能', 'Your role may not use this function');
const CHANGE_PASSWORD_FIRST = message('请先修改初始密码', 'Change your one-time password first');

export const clientInfo = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip ?? null,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
});

/**
 * Who may use a REST route: 401 without a session, 403 for a role not in `roles` or while the
 * one-time password is unchanged. The tRPC procedures do the same in trpc.ts.
 */
export function requireAccess(roles: readonly Role[]): preHandlerHookHandler {
  return (request, reply, done) => {
    const user = request.auth?.user;
    if (!user) return void reply.code(401).send(SIGN_IN_FIRST);
    if (user.mustChangePassword) return void reply.code(403).send(CHANGE_PASSWORD_FIRST);
    if (!roles.includes(user.role)) return void reply.code(403).send(NO_ACCESS);
    done();
  };
}

/**
 * A REST route for the committee's own level and above (after requireAccess): 403 with `refusal`'s
 * message otherwise, the request body left unread.
 */
export function requireCommitteeLevel(
  atCommitteeLevel: (user: SessionUser) => Promise<boolean>,
  refusal: () => { messageZh: string; messageEn: string },
): preHandlerAsyncHookHandler {
  return async (request, reply) => {
    if (await atCommitteeLevel(request.auth!.user)) return;
    const { messageZh, messageEn } = refusal();
    request.raw.resume();
    return reply.code(403).send({ messageZh, messageEn });
  };
}

/**
 * Sessions and CSRF for every request, and the /api/auth endpoints. The session cookie is HttpOnly,
 * SameSite=Strict and Secure over HTTPS; state-changing requests of a session must carry its CSRF
 * token in the x-csrf-token header, and no state-changing request may come from another origin.
 */
async function authPlugin(app: FastifyInstance, options: { auth: AuthServices }) {
  const { auth } = options;
  await app.register(fastifyCookie);
  app.decorateRequest('auth', null);

  const setSessionCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      maxAge: SESSION_MAX_MS / 1000,
    });
  const clearSessionCookie = (request: FastifyRequest, reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: request.protocol === 'https' });

  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request.url)) return;
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== `${request.protocol}://${request.headers.host}`) {
        return reply.code(403).send(message('请求来源不被允许', 'Cross-origin request refused'));
      }
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return;
    const user = await auth.sessionUser(token);
    if (!user) {
      clearSessionCookie(request, reply);
      return;
    }
    request.auth = { user, token };
    if (!SAFE_METHODS.has(request.method) && request.url !== '/api/auth/login' && request.headers[CSRF_HEADER] !== csrfTokenOf(token)) {
      return reply.code(403).send(message('请求校验失败，请刷新页面后重试', 'Request verification failed: reload the page and try again'));
    }
  });

  const signedIn = (user: SessionUser, token: string) => ({ user, csrfToken: csrfTokenOf(token) });

  app.post('/api/auth/login', async (request, reply) => {
    const body = loginBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send(message('请输入用户名和密码', 'Enter a username and a password'));
    const result = await auth.login(body.data.username, body.data.password, clientInfo(request));
    if (!result.ok && result.reason === 'limited') {
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      return reply
        .code(429)
        .header('retry-after', String(result.retryAfterSeconds))
        .send(message(`登录失败次数过多，请${minutes}分钟后再试`, `Too many failed sign-ins: try again in ${minutes} min`));
    }
    if (!result.ok) return reply.code(401).send(message('用户名或密码错误', 'Wrong username or password'));
    // A session the browser still had is ended: one sign-in, one session.
    if (request.auth) await auth.logout(request.auth.token, null, clientInfo(request));
    setSessionCookie(request, reply, result.session.token);
    return signedIn(result.user, result.session.token);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    if (request.auth) await auth.logout(request.auth.token, request.auth.user, clientInfo(request));
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (request, reply) => {
    if (!request.auth) return reply.code(401).send(SIGN_IN_FIRST);
    reply.header('cache-control', 'no-store');
    return signedIn(request.auth.user, request.auth.token);
  });

  app.post('/api/auth/password', async (request, reply) => {
    if (!request.auth) return reply.code(401).send(SIGN_IN_FIRST);
    const body = passwordBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send(message('请输入当前密码和新密码', 'Enter the current and the new password'));
    const result = await auth.changePassword(request.auth.user, body.data.currentPassword, body.data.newPassword, clientInfo(request));
    if (!result.ok) return reply.code(400).send(message(result.reason.zh, result.reason.en));
    setSessionCookie(request, reply, result.session.token);
    return signedIn(result.user, result.session.token);
  });
}

/** Registered unencapsulated (fastify-plugin), so the session hook runs for every route of the server. */
export const authRoutes = fp(authPlugin, { name: 'budgetwatch-auth' });
