/** The bilingual message every server error carries (see server/src/trpc/trpc.ts, ingest.routes.ts). */
export interface BilingualMessage {
  messageZh: string;
  messageEn: string;
}

export function isBilingualMessage(data: unknown): data is BilingualMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { messageZh, messageEn } = data as Partial<BilingualMessage>;
  return typeof messageZh === 'string' && typeof messageEn === 'string';
}

/** A refusal from one of the plain HTTP endpoints (upload, downloads): its status and bilingual message. */
export class HttpApiError extends Error {
  constructor(
    readonly status: number,
    readonly data: BilingualMessage,
  ) {
    super(data.messageEn);
    this.name = 'HttpApiError';
  }
}
