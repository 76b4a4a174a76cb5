import { HttpApiError, isBilingualMessage } from './http-api-error';

/** Bytes of the request body sent so far. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface PostFileOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Extra request headers, such as the session's CSRF token (the upload changes state). */
  headers?: Record<string, string>;
  /** For tests: a stand-in for XMLHttpRequest. */
  createRequest?: () => XMLHttpRequest;
}

/**
 * POSTs a file as the raw request body (application/octet-stream) and resolves with the JSON reply.
 * XMLHttpRequest rather than fetch: only it reports upload progress over HTTP/1.1. A refusal with
 * the server's bilingual message rejects with HttpApiError; a network failure with a TypeError.
 */
export function postFile<T>(url: string, file: Blob, options: PostFileOptions = {}): Promise<T> {
  const { onProgress, signal, headers = {}, createRequest = () => new XMLHttpRequest() } = options;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('The upload was aborted', 'AbortError'));
      return;
    }
    const request = createRequest();
    const abort = () => request.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);

    request.open('POST', url);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.responseType = 'text';
    request.upload.onprogress = (event) =>
      onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      settle();
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && body !== undefined) {
        onProgress?.({ loaded: file.size, total: file.size });
        resolve(body as T);
      } else if (isBilingualMessage(body)) {
        reject(new HttpApiError(request.status, body));
      } else {
        reject(new TypeError(`unexpected reply ${request.status} from ${url}`));
      }
    };
    request.onerror = () => {
      settle();
      reject(new TypeError(`network error while uploading to ${url}`));
    };
    request.onabort = () => {
      settle();
      reject(new DOMException('The upload was aborted', 'AbortError'));
    };
    request.send(file);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
