import { ApiError, asProblem, currentAccessToken } from './client';

/** Saves a file in the browser, as a link with `download` would. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name of a Content-Disposition header (filename* of RFC 6266 first), or the fallback. */
export function fileNameOf(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // malformed escape: try the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  const name = (plain?.[2] ?? plain?.[1])?.trim();
  return name || fallback;
}

/**
 * Downloads a file through the API client (the bearer token is needed, so a plain link cannot do it)
 * and saves it. The call must be made with `parseAs: 'blob'`.
 */
export async function downloadFile(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, undefined, { cause });
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined || !data) throw new ApiError(response.status, asProblem(error));
  saveBlob(data, fileNameOf(response.headers.get('Content-Disposition'), fallbackName));
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * POSTs a multipart form with XMLHttpRequest, which (unlike fetch) reports upload progress.
 * Resolves with the JSON answer; fails with an ApiError carrying the problem+json body.
 */
export async function uploadForm<T>(
  path: string,
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
): Promise<T> {
  const token = await currentAccessToken();
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', new URL(path, window.location.origin).href);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    });
    request.addEventListener('load', () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new ApiError(request.status, asProblem(body)));
    });
    request.addEventListener('error', () => reject(new ApiError(0)));
    request.addEventListener('abort', () => reject(new DOMException('Upload aborted', 'AbortError')));
    request.send(form);
  });
}
