/**
 * Transport-free error raised by services. The tRPC error formatter maps it to a status code and a
 * bilingual message; nothing else about the failure (stack, SQL, paths) reaches the client.
 */
export type AppErrorCode = 'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHORIZED';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'AppError';
  }
}

export const notFound = (whatZh: string, whatEn: string): AppError =>
  new AppError('NOT_FOUND', `未找到${whatZh}`, `${whatEn} not found`);
