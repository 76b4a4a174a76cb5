import { TRPCClientError } from '@trpc/client';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';

/** The bilingual part of the server's error data (see server/src/trpc/trpc.ts). */
interface BilingualErrorData {
  messageZh: string;
  messageEn: string;
}

function isBilingual(data: unknown): data is BilingualErrorData {
  if (typeof data !== 'object' || data === null) return false;
  const { messageZh, messageEn } = data as Partial<BilingualErrorData>;
  return typeof messageZh === 'string' && typeof messageEn === 'string';
}

/**
 * What to tell the user about a failed call: the server's own message in the current language,
 * or, when the server was not reached (network down, proxy error page), a generic one.
 */
export function apiErrorMessage(error: unknown, lang: Lang): string {
  if (error instanceof TRPCClientError && isBilingual(error.data)) {
    return lang === 'zh-CN' ? error.data.messageZh : error.data.messageEn;
  }
  return translate(lang, 'error.network');
}
