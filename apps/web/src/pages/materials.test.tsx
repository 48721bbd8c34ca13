import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor, trainee } from '../test/harness';

const programmeId = '11111111-1111-4111-8111-111111111111';
const versionId = 'b0000000-0000-4000-8000-000000000001';

const material = (over: Partial<Schemas['MaterialResponse']>): Schemas['MaterialResponse'] => ({
  id: 'c0000000-0000-4000-8000-000000000001',
  kind: 'file',
  title: 'Incineration basics',
  description: null,
  originalLanguage: 'ja',
  audience: 'trainees',
  release: { rule: 'now', released: true },
  archived: false,
  languages: ['ja', 'en'],
  createdAt: '2026-09-01T00:00:00.000Z',
  current: {
    id: versionId,
    language: 'en',
    number: 2,
    fileName: 'incineration-basics.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1_534_000,
    outdated: false,
    createdAt: '2026-09-01T00:00:00.000Z',
  },
  ...over,
});

const materials = [
  material({}),
  material({
    id: 'c0000000-0000-4000-8000-000000000002',
    kind: 'link',
    title: 'TMG circular economy page',
    current: {
      id: 'b0000000-0000-4000-8000-000000000002',
      language: 'en',
      number: 1,
      url: 'https://www.kankyo.metro.tokyo.lg.jp/en/',
      outdated: false,
      createdAt: '2026-09-01T00:00:00.000Z',
    },
  }),
  material({
    id: 'c0000000-0000-4000-8000-000000000003',
    kind: 'text',
    title: 'Before you arrive',
    current: {
      id: 'b0000000-0000-4000-8000-000000000003',
      language: 'en',
      number: 1,
      html: '<p>Site visits need <strong>closed shoes</strong>.</p>',
      outdated: false,
      createdAt: '2026-09-01T00:00:00.000Z',
    },
  }),
];

const bundles: Schemas['BundleResponse'][] = [
  {
    phaseKey: 'programme',
    phaseName: null,
    language: 'en',
    status: 'ready',
    materials: 2,
    sizeBytes: 812_400,
    builtAt: '2026-09-02T00:00:00.000Z',
    downloadPath: `/api/v1/programmes/${programmeId}/material-bundles/programme/en`,
  },
  {
    phaseKey: 'p1',
    phaseName: 'In Japan',
    language: 'ja',
    status: 'queued',
    materials: 1,
    sizeBytes: null,
    builtAt: null,
    downloadPath: `/api/v1/programmes/${programmeId}/material-bundles/p1/ja`,
  },
];

let saved: { href: string; download: string }[];

beforeEach(() => {
  saved = [];
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:kenshu/1'), revokeObjectURL: vi.fn() }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  });
});

function renderMaterials(content: { status: number; headers?: Record<string, string> } = { status: 200 }) {
  return fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
    [`GET /api/v1/programmes/${programmeId}/materials`]: { body: materials },
    [`GET /api/v1/programmes/${programmeId}/material-bundles`]: { body: bundles },
    [`GET /api/v1/material-versions/${versionId}/content`]: {
      ...content,
      body: content.status === 200 ? new Blob(['%PDF-1.7']) : { status: content.status },
      headers: content.headers,
    },
    [`GET /api/v1/programmes/${programmeId}/material-bundles/programme/en`]: {
      body: new Blob(['PK']),
      headers: {
        'content-type': 'application/zip',
        'content-disposition': `attachment; filename="bundle.zip"; filename*=UTF-8''%E7%A0%94%E4%BF%AE-en.zip`,
      },
    },
  });
}

describe('materials page', () => {
  it('lists released materials with their language and size, links and bundles', async () => {
    renderMaterials();
    renderApp(`/programmes/${programmeId}/materials`, trainee);
    const file = (await screen.findByRole('heading', { level: 2, name: 'Incineration basics' })).closest(
      'li',
    )!;
    expect(file.textContent).toContain('English · incineration-basics.pdf · 1.5 MB');
    expect(screen.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(
      'https://www.kankyo.metro.tokyo.lg.jp/en/',
    );
    expect(screen.getByText('whole programme').closest('p')!.textContent).toBe(
      'whole programme · English · 2 materials · 812.4 kB',
    );
    const text = screen.getByRole('heading', { level: 2, name: 'Before you arrive' }).closest('li')!;
    expect(within(text).getByText('Read').tagName).toBe('SUMMARY');
    expect(within(text).getByText('closed shoes').tagName).toBe('STRONG');
    expect(within(text).queryByRole('button')).toBeNull();
    expect(screen.getByText('Being prepared')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /bundle/ })).toHaveLength(1);
    await expectAccessible();
  });

  it('downloads a material with my token, under the API’s file name', async () => {
    const api = renderMaterials({
      status: 200,
      headers: { 'content-disposition': 'attachment; filename="incineration-basics.pdf"' },
    });
    renderApp(`/programmes/${programmeId}/materials`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Download Incineration basics' }));
    await waitFor(() =>
      expect(saved).toEqual([{ href: 'blob:kenshu/1', download: 'incineration-basics.pdf' }]),
    );
    expect(
      api.sent('GET', `/api/v1/material-versions/${versionId}/content`)[0].headers.get('authorization'),
    ).toBe(`Bearer access-${trainee.id}`);
  });

  it('downloads a bundle under its UTF-8 file name', async () => {
    renderMaterials();
    renderApp(`/programmes/${programmeId}/materials`, trainee);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Download bundle: whole programme (English)' }),
    );
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:kenshu/1', download: '研修-en.zip' }]));
  });

  it('says so when a download fails', async () => {
    renderMaterials({ status: 404 });
    renderApp(`/programmes/${programmeId}/materials`, trainee);
    fireEvent.click(await screen.findByRole('button', { name: 'Download Incineration basics' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The download failed. Please try again.');
    expect(saved).toEqual([]);
  });

  it('shows an error for a programme I cannot see (404)', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(trainee) } });
    renderApp('/programmes/99999999-9999-4999-8999-999999999999/materials', trainee);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
