import { TRPCClientError } from '@trpc/client';
import { apiErrorMessage } from './api-error-message';

/** An error as the tRPC client raises it for a server response shaped by our error formatter. */
export function serverError(messageZh: string, messageEn: string, code = 'NOT_FOUND', httpStatus = 404): TRPCClientError<never> {
  return TRPCClientError.from({
    error: { message: `${messageZh} / ${messageEn}`, code: -32004, data: { code, httpStatus, messageZh, messageEn } },
  });
}

describe('apiErrorMessage', () => {
  it('shows the server’s message in the current language', () => {
    const error = serverError('未找到行政区划 390199', 'region 390199 not found');
    expect(apiErrorMessage(error, 'zh-CN')).toBe('未找到行政区划 390199');
    expect(apiErrorMessage(error, 'en')).toBe('region 390199 not found');
  });

  it('falls back to a network message when the server was not reached', () => {
    const offline = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(apiErrorMessage(offline, 'zh-CN')).toBe('无法连接服务器，请检查网络后重试');
    expect(apiErrorMessage(new Error('boom'), 'en')).toContain('Cannot reach the server');
  });
});
