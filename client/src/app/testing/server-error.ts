import { TRPCClientError } from '@trpc/client';

/** An error as the tRPC client raises it for a server response shaped by our error formatter. */
export function serverError(
  messageZh: string,
  messageEn: string,
  code = 'NOT_FOUND',
  httpStatus = 404,
  issues?: { path: string; message: string }[],
): TRPCClientError<never> {
  return TRPCClientError.from({
    error: { message: `${messageZh} / ${messageEn}`, code: -32004, data: { code, httpStatus, messageZh, messageEn, ...(issues ? { issues } : {}) } },
  });
}
