/** The two interface languages: Chinese (default) and English. Values are BCP 47 tags for <html lang>. */
export type Lang = 'zh-CN' | 'en';

export const DEFAULT_LANG: Lang = 'zh-CN';

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}
