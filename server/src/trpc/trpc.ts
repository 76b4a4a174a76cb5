import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.types';
import { AppError } from './app-error';

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

const t = initTRPC.context<Context>().create({
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

export const router = t.router;
export const publicProcedure = t.procedure.use(appErrorMapper);
export const createCallerFactory = t.createCallerFactory;
