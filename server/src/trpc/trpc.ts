import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Role } from '../auth/roles';
import type { Context } from './context.types';
import { AppError } from './app-error';

/** Every procedure declares who may call it; a test fails for any procedure that does not. */
export interface ProcedureMeta {
  roles: readonly Role[];
}

/** Bilingual, stack-free message attached to every error a client sees. */
export interface ClientErrorData {
  code: string;
  httpStatus: number;
  messageZh: string;
  messageEn: string;
  /** Field-level problems of invalid input: path and the validator's message. */
  issues?: { path: string; message: string }[];
}

const GENERIC_ZH = '服务器内部错误，请稍后重试';
const GENERIC_EN = 'Internal server error, please try again later';

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    let data: ClientErrorData = {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      messageZh: GENERIC_ZH,
      messageEn: GENERIC_EN,
    };
    if (cause instanceof AppError) {
      data = { ...data, messageZh: cause.messageZh, messageEn: cause.messageEn };
    } else if (cause instanceof ZodError) {
      data = {
        ...data,
        messageZh: '请求参数无效',
        messageEn: 'Invalid request parameters',
        issues: cause.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      };
    } else if (error.code !== 'INTERNAL_SERVER_ERROR') {
      data = { ...data, messageZh: '请求无法处理', messageEn: error.message };
    }
    return { message: `${data.messageZh} / ${data.messageEn}`, code: shape.code, data };
  },
});

/** Maps service errors to tRPC codes once, so procedures never translate errors themselves. */
const appErrorMapper = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.messageEn, cause });
  }
  return result;
});

/**
 * Runs before input parsing: no session → UNAUTHORIZED; an unchanged one-time password or a role
 * outside the procedure's `roles` → FORBIDDEN. Procedures then see `ctx.user` as non-null.
 */
const authorize = t.middleware(({ ctx, meta, next }) => {
  const user = ctx.user;
  if (!user) throw new AppError('UNAUTHORIZED', '请先登录', 'Please sign in first');
  if (user.mustChangePassword) throw new AppError('FORBIDDEN', '请先修改初始密码', 'Change your one-time password first');
  if (!meta?.roles.includes(user.role)) throw new AppError('FORBIDDEN', '您的角色无权访问此功能', 'Your role may not use this function');
  return next({ ctx: { ...ctx, user } });
});

export const router = t.router;
export const middleware = t.middleware;
/** A procedure for the given roles (use the sets of auth/roles.ts ACCESS). */
export const procedureFor = (roles: readonly Role[]) => t.procedure.use(appErrorMapper).meta({ roles }).use(authorize);
export const createCallerFactory = t.createCallerFactory;
