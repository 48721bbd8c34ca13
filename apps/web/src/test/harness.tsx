import { render, type RenderResult } from '@testing-library/react';
import axe from 'axe-core';
import { expect, vi } from 'vitest';
import type { Schemas, User } from '../api/client';
import { App } from '../app';

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}
type Handler = FakeResponse | ((request: Request) => FakeResponse | Promise<FakeResponse>);

/**
 * The API at the client boundary: `fetch` answers `"METHOD /path"` from the table (404 problem+json for
 * anything else) and keeps every request it was given.
 */
export function fakeApi(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request ? input : new Request(new URL(String(input), location.origin), init);
    requests.push(request);
    const route = routes[`${request.method} ${new URL(request.url).pathname}`];
    const answer: FakeResponse = route
      ? typeof route === 'function'
        ? await route(request.clone())
        : route
      : { status: 404, body: { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' } };
    const status = answer.status ?? 200;
    const body =
      answer.body instanceof Blob
        ? answer.body
        : answer.body === undefined
          ? null
          : JSON.stringify(answer.body);
    return new Response(status === 204 ? null : body, {
      status,
      headers: {
        'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
        ...answer.headers,
      },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return {
    requests,
    sent: (method: string, path: string) =>
      requests.filter((r) => r.method === method && new URL(r.url).pathname === path),
  };
}

export const trainee: User = {
  id: '2b0f3c1e-5d7a-4f7e-9a51-0c1d2e3f4a5b',
  email: 'trainee@kenshu.example',
  displayName: 'Aminath Shifaza',
  roles: ['trainee'],
  locale: 'en',
  languageFallbacks: [],
  timeZone: 'Pacific/Kiritimati',
  organisation: null,
  position: null,
  gender: null,
  status: 'active',
  createdAt: '2026-09-01T00:00:00.000Z',
};

/** A coordinator (the trainee's zone and language unless a test says otherwise). */
export const coordinator: User = {
  ...trainee,
  id: '3c0f3c1e-5d7a-4f7e-9a51-0c1d2e3f4a5c',
  email: 'coordinator@kenshu.example',
  displayName: 'Sato Haruka',
  roles: ['coordinator'],
};

export function tokensFor(user: User): Schemas['TokensResponse'] {
  return {
    accessToken: `access-${user.id}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    refreshToken: 'refresh-2',
    refreshExpiresAt: '2026-12-31T00:00:00.000Z',
    user,
  };
}

/** Renders the whole app at `path`; with `as`, the user's stored session is resumed through /auth/refresh. */
export function renderApp(path: string, as?: User): RenderResult {
  history.replaceState(null, '', path);
  document.title = 'Kenshu'; // as index.html has it; each page then names itself
  document.documentElement.lang = 'en';
  if (as) localStorage.setItem('kenshu.refreshToken', 'refresh-1');
  return render(<App />);
}

/**
 * axe-core on the rendered document: no serious or critical violation. jsdom draws nothing, so colour
 * contrast is checked on the style sheet's colours instead (styles.test.ts).
 */
export async function expectAccessible(): Promise<void> {
  const results = await axe.run(document, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: false } },
  });
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(', ')})`);
  expect(bad).toEqual([]);
}

/** A training-menu item (the textile-recycling webinar), with what a test changes. */
export const menuItem = (over: Partial<Schemas['MenuItemResponse']> = {}): Schemas['MenuItemResponse'] => ({
  id: 'd0000000-0000-4000-8000-000000000001',
  code: 'TMG-TEX-101',
  format: 'webinar',
  defaultDurationMin: 90,
  originalLocale: 'ja',
  status: 'active',
  topics: ['textile-recycling'],
  languages: ['ja', 'en'],
  locale: 'en',
  availableLocales: ['en', 'ja'],
  title: 'Fiber-to-Fiber: textile recycling',
  summary: null,
  learningOutcomes: [],
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
  ...over,
});
