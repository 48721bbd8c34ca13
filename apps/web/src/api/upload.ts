import { bearer, refreshSession } from './client';

export interface UploadResult {
  status: number;
  body: unknown;
}

function parse(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * Sends a file as the request body with XMLHttpRequest (fetch reports no upload progress), with the bearer
 * token; `onProgress` gets the fraction sent. An expired access token is refreshed once and the upload sent
 * again. A network failure resolves with status 0.
 */
export async function upload(
  path: string,
  file: Blob,
  onProgress: (sent: number) => void,
): Promise<UploadResult> {
  const send = () =>
    new Promise<UploadResult>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', new URL(path, globalThis.location.origin).href);
      const authorization = bearer();
      if (authorization) xhr.setRequestHeader('authorization', authorization);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener('load', () => resolve({ status: xhr.status, body: parse(xhr.responseText) }));
      xhr.addEventListener('error', () => resolve({ status: 0, body: null }));
      xhr.send(file);
    });
  const first = await send();
  if (first.status !== 401) return first;
  return (await refreshSession()) ? send() : first;
}
