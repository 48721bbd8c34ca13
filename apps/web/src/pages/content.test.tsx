import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../api/client';
import { expectAccessible, fakeApi, renderApp, tokensFor } from '../test/harness';
import { instructor } from '../test/instructor';

const programmeId = '11111111-1111-4111-8111-111111111111';
const materialId = 'b0000000-0000-4000-8000-000000000001';

const version = (number: number, language = 'ja'): Schemas['MaterialVersionResponse'] => ({
  id: `c0000000-0000-4000-8000-00000000000${number}`,
  language,
  number,
  fileName: `shokyaku-v${number}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: 1_500_000,
  outdated: false,
  note: number === 2 ? 'Updated figures' : null,
  createdAt: '2026-09-10T03:00:00.000Z',
});

const material: Schemas['MaterialResponse'] = {
  id: materialId,
  kind: 'file',
  title: 'Incineration basics',
  originalLanguage: 'ja',
  audience: 'trainees',
  release: { rule: 'now', released: true },
  archived: false,
  languages: ['ja'],
  versions: [version(1), version(2)],
  createdAt: '2026-09-01T00:00:00.000Z',
};

/** XMLHttpRequest as the browser has it, driven by the test: progress events, then the answer. */
class FakeXhr {
  static last: FakeXhr;
  upload = new EventTarget();
  private listeners = new EventTarget();
  status = 0;
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: EventListener) {
    this.listeners.addEventListener(type, listener);
  }
  send(body: unknown) {
    this.body = body;
  }
  progress(loaded: number, total: number) {
    act(() => {
      this.upload.dispatchEvent(
        Object.assign(new Event('progress'), { lengthComputable: true, loaded, total }),
      );
    });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    act(() => {
      this.listeners.dispatchEvent(new Event('load'));
    });
  }
}

beforeEach(() => vi.stubGlobal('XMLHttpRequest', FakeXhr));

async function openPage(list = [material]) {
  fakeApi({
    'POST /api/v1/auth/refresh': { body: tokensFor(instructor) },
    [`GET /api/v1/programmes/${programmeId}/materials`]: { body: list },
  });
  renderApp(`/teaching/programmes/${programmeId}/materials`, instructor);
  return (await screen.findByRole('heading', { level: 2, name: 'Incineration basics' })).closest('li')!;
}

function choose(card: HTMLElement, note = '') {
  const file = new File(['%PDF-1.7 …'], '焼却-v3.pdf', { type: 'application/pdf' });
  fireEvent.change(within(card).getByLabelText('File'), { target: { files: [file] } });
  if (note) fireEvent.change(within(card).getByLabelText('Note (optional)'), { target: { value: note } });
  fireEvent.click(within(card).getByRole('button', { name: 'Upload' }));
  return file;
}

describe('content upload (instructor)', () => {
  it('lists every version and uploads a new one with its progress shown', async () => {
    const card = await openPage();
    const versions = within(card).getByRole('list', { name: 'Versions' });
    expect(
      within(versions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Version 2 · Japanese · shokyaku-v2.pdf · 1.5 MB · Thu, Sep 10, 2026 · Updated figures',
      'Version 1 · Japanese · shokyaku-v1.pdf · 1.5 MB · Thu, Sep 10, 2026',
    ]);
    await expectAccessible();

    const file = choose(card, 'Corrected table 3');
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    const url = new URL(xhr.url);
    expect(url.pathname).toBe(`/api/v1/materials/${materialId}/uploads`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      language: 'ja',
      fileName: '焼却-v3.pdf',
      note: 'Corrected table 3',
    });
    expect(xhr.headers.authorization).toBe(`Bearer access-${instructor.id}`);
    expect(xhr.body).toBe(file);

    xhr.progress(40, 100);
    const progress = within(card).getByRole('progressbar', { name: 'Uploading: 40 %' });
    expect(progress.getAttribute('value')).toBe('40');
    expect((within(card).getByRole('button', { name: 'Upload' }) as HTMLButtonElement).disabled).toBe(true);
    await expectAccessible();

    xhr.answer(201, { ...version(3), fileName: '焼却-v3.pdf', note: 'Corrected table 3' });
    expect(await within(card).findByText('Uploaded: the new version is listed above.')).toBeTruthy();
    expect(within(card).queryByRole('progressbar')).toBeNull();
    expect(within(versions).getAllByRole('listitem')[0].textContent).toContain(
      'Version 3 · Japanese · 焼却-v3.pdf',
    );
  });

  it('asks for a file before sending anything', async () => {
    const card = await openPage();
    fireEvent.click(within(card).getByRole('button', { name: 'Upload' }));
    const input = within(card).getByLabelText('File');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Please choose a file.',
    );
  });

  it('shows the 422’s field errors by their fields', async () => {
    const card = await openPage();
    choose(card);
    FakeXhr.last.answer(422, {
      status: 422,
      code: 'REQUEST.VALIDATION',
      errors: [{ field: 'language', reason: 'has no original version to translate yet' }],
    });
    expect(
      await within(card).findByText('Nothing was uploaded: please check the fields marked above.'),
    ).toBeTruthy();
    const select = within(card).getByLabelText('Language');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(select.getAttribute('aria-describedby')!)!.textContent).toBe(
      'has no original version to translate yet',
    );
    await expectAccessible();
  });

  it('says when the file is too large (413) or the upload is refused (403)', async () => {
    const card = await openPage();
    choose(card);
    FakeXhr.last.answer(413, { status: 413 });
    expect(await within(card).findByText('Nothing was uploaded: this file is too large.')).toBeTruthy();
    choose(card);
    FakeXhr.last.answer(403, { status: 403, code: 'FORBIDDEN' });
    expect(await within(card).findByText('The upload failed. Please try again.')).toBeTruthy();
  });

  it('offers no upload for links and texts', async () => {
    await openPage([{ ...material, kind: 'link', versions: [] }]);
    expect(screen.getByText('No version yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Upload' })).toBeNull();
  });

  it('shows an error for a programme I cannot see (404)', async () => {
    fakeApi({ 'POST /api/v1/auth/refresh': { body: tokensFor(instructor) } });
    renderApp(`/teaching/programmes/${programmeId}/materials`, instructor);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
