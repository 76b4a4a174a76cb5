import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireAccess, requireCommitteeLevel } from '../auth/auth.routes';
import { belowCommitteeLevel } from '../auth/region-scope';
import { ACCESS } from '../auth/roles';
import type { Logger } from '../logger';
import { AppError } from '../trpc/app-error';
import type { IngestServices, Services } from '../trpc/context.types';
import { feedNameSchema, ingestModeSchema, presetNameSchema } from './ingest.schemas';

export interface IngestRoutesOptions {
  ingest: IngestServices;
  logger: Logger;
  /** Uploaded files are written here while they load, then removed. */
  uploadDir: string;
  uploadLimitBytes: number;
  /** Each accepted upload leaves a line in the audit log. */
  audit: Services['access']['audit'];
  /** Only the committee's own level loads data and reads error reports (see auth/region-scope.ts). */
  atCommitteeLevel: Services['access']['atCommitteeLevel'];
}

// eslint-disable-next-line no-control-regex -- file names are shown in the batch history
const FILE_NAME = /^[^\u0000-\u001F\u007F/\\]{1,200}$/;

const uploadQuerySchema = z.object({
  feed: feedNameSchema,
  mode: ingestModeSchema.default('strict'),
  preset: presetNameSchema.optional(),
  fileName: z.string().regex(FILE_NAME),
});

const STATUS: Record<AppError['code'], number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

class TooLarge extends Error {}

function sendError(reply: FastifyReply, status: number, messageZh: string, messageEn: string) {
  return reply.code(status).send({ messageZh, messageEn });
}

/**
 * The two ingest endpoints that are not JSON: a streamed file upload (the body is the file,
 * `application/octet-stream`, written to disk as it arrives and never held in memory) and the
 * download of a batch's full error report as CSV.
 */
export const ingestRoutes: FastifyPluginAsync<IngestRoutesOptions> = async (app, options) => {
  const { ingest, logger, uploadDir, uploadLimitBytes } = options;
  const limitMb = Math.round(uploadLimitBytes / 2 ** 20);
  const committeeLevel = requireCommitteeLevel(options.atCommitteeLevel, belowCommitteeLevel);
  const tooLarge = (reply: FastifyReply) =>
    sendError(reply, 413, `文件超过上传上限 ${limitMb} MB，请拆分后上传或放入收件箱目录`, `the file exceeds the upload limit of ${limitMb} MB: split it or drop it in the inbox folder`);

  await app.register((scope, _options, done) => {
    // The body stays a stream: the route writes it to disk itself, counting bytes against the limit.
    scope.addContentTypeParser('application/octet-stream', { bodyLimit: Number.MAX_SAFE_INTEGER }, (_request, payload, done) => done(null, payload));

    scope.post('/api/ingest/upload', { preHandler: [requireAccess(ACCESS.dataWork), committeeLevel] }, async (request, reply) => {
      const query = uploadQuerySchema.safeParse(request.query);
      if (!query.success) {
        request.raw.resume();
        return sendError(reply, 400, '上传参数无效：需要数据接口、文件名，可选模式与映射方案', 'invalid upload parameters: feed and file name are required, mode and preset optional');
      }
      if (!request.headers['content-type']?.startsWith('application/octet-stream')) {
        return sendError(reply, 415, '上传内容类型须为 application/octet-stream', 'the upload must be sent as application/octet-stream');
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > uploadLimitBytes) {
        request.raw.resume();
        return tooLarge(reply);
      }
      await mkdir(uploadDir, { recursive: true });
      const ext = path.extname(query.data.fileName).toLowerCase().replace(/[^.a-z0-9]/g, '').slice(0, 10);
      const filePath = path.join(uploadDir, `${randomUUID()}${ext}`);
      let received = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          received += chunk.length;
          callback(received > uploadLimitBytes ? new TooLarge() : null, chunk);
        },
      });
      try {
        await pipeline(request.body as Readable, counter, createWriteStream(filePath, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        await rm(filePath, { force: true });
        if (error instanceof TooLarge) {
          reply.header('connection', 'close');
          return tooLarge(reply);
        }
        logger.warn({ err: error }, 'upload interrupted');
        return sendError(reply, 400, '上传中断，未保存任何数据', 'the upload was interrupted and nothing was stored');
      }
      if (received === 0) {
        await rm(filePath, { force: true });
        return sendError(reply, 400, '上传的文件为空', 'the uploaded file is empty');
      }
      try {
        const job = await ingest.startJob({ ...query.data, filePath, presetName: query.data.preset, createdBy: request.auth?.user.id });
        await options.audit({
          actor: request.auth?.user ?? null,
          action: 'ingest.upload',
          target: job.feed,
          details: { fileName: query.data.fileName, bytes: received, mode: query.data.mode, preset: query.data.preset ?? null, jobId: job.id },
          ip: request.ip,
        });
        return reply.code(202).send(job);
      } catch (error) {
        await rm(filePath, { force: true });
        if (error instanceof AppError) return sendError(reply, STATUS[error.code], error.messageZh, error.messageEn);
        throw error;
      }
    });
    done();
  });

  app.get('/api/ingest/batches/:id/errors.csv', { preHandler: [requireAccess(ACCESS.dataWork), committeeLevel] }, async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!/^\d{1,18}$/.test(id)) return sendError(reply, 400, '批次编号无效', 'invalid batch id');
    let csv: AsyncIterable<string>;
    try {
      csv = await ingest.batchErrorsCsv(id);
    } catch (error) {
      if (error instanceof AppError) return sendError(reply, STATUS[error.code], error.messageZh, error.messageEn);
      throw error;
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="batch-${id}-errors.csv"`)
      .send(Readable.from(csv));
  });
};
