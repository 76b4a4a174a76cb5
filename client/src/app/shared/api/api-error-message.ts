import { TRPCClientError } from '@trpc/client';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import { HttpApiError, isBilingualMessage } from './http-api-error';

/**
 * What to tell the user about a failed call: the server's own message in the current language,
 * or, when the server was not reached (network down, proxy error page), a generic one.
 */
export function apiErrorMessage(error: unknown, lang: Lang): string {
  const data = error instanceof TRPCClientError || error instanceof HttpApiError ? (error.data as unknown) : null;
  if (isBilingualMessage(data)) return lang === 'zh-CN' ? data.messageZh : data.messageEn;
  return translate(lang, 'error.network');
}

/** A field the server's input validation refused: its dotted path and the validator's (English) message. */
export interface ApiErrorIssue {
  path: string;
  message: string;
}

/** The field-level problems of an invalid-input error, empty for any other failure. */
export function apiErrorIssues(error: unknown): ApiErrorIssue[] {
  if (!(error instanceof TRPCClientError)) return [];
  const issues = (error.data as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (issue): issue is ApiErrorIssue =>
      typeof issue === 'object' && issue !== null && typeof (issue as ApiErrorIssue).path === 'string' && typeof (issue as ApiErrorIssue).message === 'string',
  );
}
