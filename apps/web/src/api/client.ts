import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API's response and request shapes, generated from openapi.json (`npm run web:client`). */
export type Schemas = components['schemas'];
export type User = Schemas['UserResponse'];
export type Problem = Schemas['ProblemDto'];

const REFRESH_KEY = 'kenshu.refreshToken';
let accessToken: string | null = null;
let refreshing: Promise<User | null> | null = null;

/** The tokens of the last sign-in or refresh: the access token in memory, the one-use refresh token stored. */
export function keepTokens(tokens: { accessToken: string; refreshToken: string }): void {
  accessToken = tokens.accessToken;
  localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
}

export function forgetTokens(): void {
  accessToken = null;
  localStorage.removeItem(REFRESH_KEY);
}

export const hasStoredSession = (): boolean => localStorage.getItem(REFRESH_KEY) !== null;

/** Exchanges the stored refresh token for a new pair (once at a time); the signed-in user, or null. */
export function refreshSession(): Promise<User | null> {
  refreshing ??= (async () => {
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    if (!refreshToken) return null;
    const res = await globalThis.fetch('/api/v1/auth/refresh', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    });
    if (!res.ok) {
      forgetTokens();
      return null;
    }
    const tokens = (await res.json()) as Schemas['TokensResponse'];
    keepTokens(tokens);
    return tokens.user;
  })().finally(() => (refreshing = null));
  return refreshing;
}

function send(request: Request): Promise<Response> {
  if (accessToken) request.headers.set('authorization', `Bearer ${accessToken}`);
  return globalThis.fetch(request);
}

/** fetch with the bearer token; an expired access token is refreshed once and the request sent again. */
export async function authFetch(request: Request): Promise<Response> {
  const again = request.clone();
  const res = await send(request);
  if (res.status !== 401 || new URL(request.url).pathname.startsWith('/api/v1/auth/')) return res;
  return (await refreshSession()) ? send(again) : res;
}

/** The typed client: paths, parameters and bodies are checked against the API's OpenAPI document. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? 'http://localhost',
  fetch: authFetch,
});

/** Downloads a file the API serves behind the bearer token, under the name the API gives it. */
export async function download(path: string, fallbackName: string): Promise<boolean> {
  const res = await authFetch(new Request(new URL(path, globalThis.location.origin)));
  if (!res.ok) return false;
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export interface Uploaded {
  status: number;
  body: unknown;
}

/**
 * Sends a file with XMLHttpRequest, as fetch reports no upload progress: `onProgress` gets 0–1 as it goes.
 * Like authFetch, an expired access token is refreshed once and the file sent again.
 */
export async function upload(
  path: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<Uploaded> {
  const once = () =>
    new Promise<Uploaded>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', new URL(path, globalThis.location.origin).href);
      if (accessToken) xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
      xhr.setRequestHeader('content-type', 'application/octet-stream');
      xhr.upload.addEventListener('progress', (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener('load', () => {
        let body: unknown;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        } catch {
          body = undefined;
        }
        resolve({ status: xhr.status, body });
      });
      xhr.addEventListener('error', () => reject(new Error('The upload failed')));
      xhr.send(file);
    });
  const first = await once();
  if (first.status !== 401) return first;
  return (await refreshSession()) ? once() : first;
}
