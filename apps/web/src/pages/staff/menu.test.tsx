import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schemas, User } from '../../api/client';
import {
  coordinator as staff,
  expectAccessible,
  fakeApi,
  renderApp,
  tokensFor,
  trainee,
  menuItem,
} from '../../test/harness';

const coordinator: User = { ...staff, timeZone: 'Asia/Tokyo' };

const item = menuItem({
  format: 'lecture',
  translations: [
    {
      locale: 'ja',
      title: 'ファイバー・トゥ・ファイバー',
      summary: '繊維の循環',
      learningOutcomes: ['回収の流れを説明できる'],
      updatedAt: '2026-09-01T00:00:00.000Z',
    },
  ],
});

const page = (items: Schemas['MenuItemResponse'][]) => ({
  total: items.length,
  page: 1,
  pageSize: 100,
  items,
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

// The page is loaded lazily: load it once up front, so the first test does not wait on its transform.
beforeAll(async () => {
  await import('./menu');
});

describe('training menu page', () => {
  it('lists the menu and creates an item with its original-language text', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/menu-items': { body: page([item]) },
      'POST /api/v1/menu-items': { status: 201, body: { ...item, id: 'd2', code: 'TMG-3R-101' } },
    });
    renderApp('/menu', coordinator);
    const table = await screen.findByRole('table', { name: '1 menu items' });
    expect(within(table).getByText('TMG-TEX-101').closest('tr')!.textContent).toBe(
      'TMG-TEX-101Fiber-to-Fiber: textile recyclingLecture90ActiveEdit',
    );
    expect(screen.getByRole('link', { name: 'Manage programmes' })).toBeTruthy();
    await expectAccessible();

    fill('Code', 'TMG-3R-101');
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'site_visit' } });
    fill('Default duration (minutes)', '120');
    fill('Original language', 'en');
    fireEvent.click(screen.getByLabelText('3R'));
    fireEvent.click(screen.getByLabelText('Reuse'));
    fill('Title', 'The 3R in Tokyo');
    fill('Learning outcomes', 'Name the 3R\n\n Visit a reuse shop ');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('TMG-3R-101 saved.')).toBeTruthy();
    expect(await api.sent('POST', '/api/v1/menu-items')[0].json()).toEqual({
      code: 'TMG-3R-101',
      format: 'site_visit',
      defaultDurationMin: 120,
      originalLocale: 'en',
      topics: ['3r', 'reuse'],
      texts: [
        {
          locale: 'en',
          title: 'The 3R in Tokyo',
          summary: null,
          learningOutcomes: ['Name the 3R', 'Visit a reuse shop'],
        },
      ],
    });
    expect(api.sent('GET', '/api/v1/menu-items')).toHaveLength(2);
  });

  it('shows the API’s 400 field errors next to their fields', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/menu-items': { body: page([]) },
      'POST /api/v1/menu-items': {
        status: 400,
        body: {
          type: 'urn:kenshu:problem:request.validation',
          title: 'The request is not valid',
          status: 400,
          instance: '/api/v1/menu-items',
          code: 'REQUEST.VALIDATION',
          requestId: 'r1',
          errors: [
            { field: 'code', reason: 'must match the code pattern' },
            { field: 'texts.0.title', reason: 'must not be empty' },
          ],
        },
      },
    });
    renderApp('/menu', coordinator);
    expect(await screen.findByText('The menu has no items yet.')).toBeTruthy();
    fill('Code', 'bad code');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please check the fields marked below.')).toBeTruthy();
    const code = screen.getByLabelText('Code');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(code.getAttribute('aria-describedby')).toBe('code-help code-error');
    expect(document.getElementById('code-error')!.textContent).toBe('must match the code pattern');
    expect(screen.getByLabelText('Title').getAttribute('aria-describedby')).toBe('title-error');
    expect(document.getElementById('title-error')!.textContent).toBe('must not be empty');
    await expectAccessible();
  });

  it('edits an item: its fields through PATCH, its original text through PUT', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/menu-items': { body: page([item]) },
      [`PATCH /api/v1/menu-items/${item.id}`]: { body: { ...item, defaultDurationMin: 60 } },
      [`PUT /api/v1/menu-items/${item.id}/texts/ja`]: { body: { ...item, defaultDurationMin: 60 } },
    });
    renderApp('/menu', coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit TMG-TEX-101' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Edit TMG-TEX-101' })).toBeTruthy();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('ファイバー・トゥ・ファイバー');
    expect((screen.getByLabelText('Textile recycling') as HTMLInputElement).checked).toBe(true);
    fill('Default duration (minutes)', '60');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('TMG-TEX-101 saved.')).toBeTruthy();
    expect(await api.sent('PATCH', `/api/v1/menu-items/${item.id}`)[0].json()).toEqual({
      code: 'TMG-TEX-101',
      format: 'lecture',
      defaultDurationMin: 60,
      originalLocale: 'ja',
      topics: ['textile-recycling'],
    });
    expect(await api.sent('PUT', `/api/v1/menu-items/${item.id}/texts/ja`)[0].json()).toEqual({
      title: 'ファイバー・トゥ・ファイバー',
      summary: '繊維の循環',
      learningOutcomes: ['回収の流れを説明できる'],
    });
  });

  it('says so when the code is taken (409), and writes no text', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/menu-items': { body: page([item]) },
      [`PATCH /api/v1/menu-items/${item.id}`]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          instance: '/',
          code: 'MENU.CODE_TAKEN',
          requestId: 'r',
        },
      },
    });
    renderApp('/menu', coordinator);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit TMG-TEX-101' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Another menu item already has this code.')).toBeTruthy();
    expect(api.sent('PUT', `/api/v1/menu-items/${item.id}/texts/ja`)).toHaveLength(0);
  });

  it('is not offered to a trainee: no menu link, and /menu shows the trainee’s programmes', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(trainee) },
      'GET /api/v1/me/enrolments': { body: { total: 0, page: 1, pageSize: 200, items: [] } },
    });
    renderApp('/menu', trainee);
    expect(await screen.findByRole('heading', { level: 1, name: 'My programmes' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Manage programmes' })).toBeNull();
    expect(api.sent('GET', '/api/v1/menu-items')).toHaveLength(0);
  });

  it('shows an error when the menu cannot be loaded (403)', async () => {
    fakeApi({
      'POST /api/v1/auth/refresh': { body: tokensFor(coordinator) },
      'GET /api/v1/menu-items': { status: 403, body: { status: 403 } },
    });
    renderApp('/menu', coordinator);
    expect((await screen.findByRole('alert')).textContent).toBe('Something went wrong. Please try again.');
  });
});
