import { TRPCClientError } from '@trpc/client';
import { serverError } from '../../testing/server-error';
import { apiErrorIssues, apiErrorMessage } from './api-error-message';
import { HttpApiError } from './http-api-error';

describe('apiErrorMessage', () => {
  it('shows the server’s message in the current language', () => {
    const error = serverError('未找到行政区划 390199', 'region 390199 not found');
    expect(apiErrorMessage(error, 'zh-CN')).toBe('未找到行政区划 390199');
    expect(apiErrorMessage(error, 'en')).toBe('region 390199 not found');
  });

  it('shows the message of a refused upload or download in the current language', () => {
    const error = new HttpApiError(413, { messageZh: '文件超过上传上限 1 MB', messageEn: 'the file exceeds the upload limit of 1 MB' });
    expect(apiErrorMessage(error, 'zh-CN')).toBe('文件超过上传上限 1 MB');
    expect(apiErrorMessage(error, 'en')).toBe('the file exceeds the upload limit of 1 MB');
  });

  it('falls back to a network message when the server was not reached', () => {
    const offline = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(apiErrorMessage(offline, 'zh-CN')).toBe('无法连接服务器，请检查网络后重试');
    expect(apiErrorMessage(new Error('boom'), 'en')).toContain('Cannot reach the server');
  });
});

describe('apiErrorIssues', () => {
  it('lists the fields an invalid input was refused for', () => {
    const error = serverError('请求参数无效', 'Invalid request parameters', 'BAD_REQUEST', 400, [
      { path: 'columns.amount_x', message: 'payments has no column amount_x' },
    ]);
    expect(apiErrorIssues(error)).toEqual([{ path: 'columns.amount_x', message: 'payments has no column amount_x' }]);
  });

  it('is empty for errors without issues and for other failures', () => {
    expect(apiErrorIssues(serverError('未找到', 'not found'))).toEqual([]);
    expect(apiErrorIssues(new HttpApiError(400, { messageZh: '无效', messageEn: 'invalid' }))).toEqual([]);
    expect(apiErrorIssues(new Error('boom'))).toEqual([]);
  });
});
