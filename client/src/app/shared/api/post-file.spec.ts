import { HttpApiError } from './http-api-error';
import { postFile, type UploadProgress } from './post-file';

/** The part of XMLHttpRequest that postFile uses, driven by the test. */
class FakeRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  responseType = '';
  aborted = false;
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  send(body: unknown): void {
    this.body = body;
  }
  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true }));
  }
  respond(status: number, body: string): void {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

function setUp() {
  const request = new FakeRequest();
  const progress: UploadProgress[] = [];
  const file = new Blob(['region_code,region_name\n390199,新区\n']);
  const options = {
    createRequest: () => request as unknown as XMLHttpRequest,
    onProgress: (p: UploadProgress) => progress.push(p),
  };
  return { request, progress, file, options };
}

describe('postFile', () => {
  it('sends the file as an octet stream, reports progress and resolves with the JSON reply', async () => {
    const { request, progress, file, options } = setUp();
    const reply = postFile<{ id: string }>('/api/ingest/upload?feed=regions', file, options);
    expect(request.method).toBe('POST');
    expect(request.headers['Content-Type']).toBe('application/octet-stream');
    expect(request.body).toBe(file);
    request.progress(10, file.size);
    request.respond(202, '{"id":"job-1"}');
    expect(await reply).toEqual({ id: 'job-1' });
    expect(progress).toEqual([
      { loaded: 10, total: file.size },
      { loaded: file.size, total: file.size },
    ]);
  });

  it('sends the extra headers it is given, such as the CSRF token', async () => {
    const { request, file, options } = setUp();
    const reply = postFile('/api/ingest/upload', file, { ...options, headers: { 'x-csrf-token': 'token-1' } });
    expect(request.headers['x-csrf-token']).toBe('token-1');
    expect(request.headers['Content-Type']).toBe('application/octet-stream');
    request.respond(202, '{}');
    await reply;
  });

  it('rejects with the server’s bilingual message and status when the upload is refused', async () => {
    const { request, file, options } = setUp();
    const reply = postFile('/api/ingest/upload', file, options);
    request.respond(
      413,
      JSON.stringify({ messageZh: '文件超过上传上限', messageEn: 'the file exceeds the upload limit' }),
    );
    const error = await reply.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpApiError);
    expect((error as HttpApiError).status).toBe(413);
    expect((error as HttpApiError).data.messageZh).toBe('文件超过上传上限');
  });

  it('rejects with a TypeError on a network failure or a reply that is not ours', async () => {
    const first = setUp();
    const failed = postFile('/x', first.file, first.options);
    first.request.onerror?.();
    await expectAsync(failed).toBeRejectedWithError(TypeError);

    const second = setUp();
    const proxied = postFile('/x', second.file, second.options);
    second.request.respond(502, '<html>Bad gateway</html>');
    await expectAsync(proxied).toBeRejectedWithError(TypeError);
  });

  it('aborts the request when the signal fires', async () => {
    const { request, file, options } = setUp();
    const controller = new AbortController();
    const reply = postFile('/x', file, { ...options, signal: controller.signal });
    controller.abort();
    expect(request.aborted).toBeTrue();
    await expectAsync(reply).toBeRejectedWith(jasmine.objectContaining({ name: 'AbortError' }));
  });
});
