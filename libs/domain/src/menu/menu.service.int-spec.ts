import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { testConfig } from '@kenshu/testing';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/principal.js';
import { NO_REQUEST } from '../common/request-meta.js';
import { createDataSource } from '../data-source.js';
import type { MenuItemInput } from './menu-rules.js';
import { MenuRepository } from './menu.repository.js';
import { MenuService } from './menu.service.js';

/** The menu service on the real database: what other features read of it, and racing writers. */
describe('MenuService', () => {
  let ds: DataSource;
  let menu: MenuService;
  let coordinator: Principal;
  const tag = `I${Date.now().toString(36).toUpperCase()}`;

  const input = (code: string, extra: Partial<MenuItemInput> = {}): MenuItemInput => ({
    code,
    format: 'site_visit',
    defaultDurationMin: 90,
    originalLocale: 'ja',
    topics: ['final-disposal'],
    texts: [
      { locale: 'ja', title: '中央防波堤埋立処分場の見学' },
      { locale: 'en', title: 'Visit to the Central Breakwater final disposal site' },
    ],
    ...extra,
  });

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const tx = new TransactionService(ds);
    menu = new MenuService(tx, new MenuRepository(), new AuditService(tx));
    const [{ id }] = (await ds.query(
      `SELECT u.id FROM user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'coordinator' LIMIT 1`,
    )) as { id: string }[];
    coordinator = {
      id,
      email: 'coordinator@kenshu.example',
      displayName: 'Coordinator',
      roles: ['coordinator'],
      locale: 'ja',
      languageFallbacks: [],
      timeZone: 'Asia/Tokyo',
      organisation: null,
      position: null,
      gender: null,
      status: 'active',
      createdAt: new Date(),
      sessionId: randomUUID(),
    };
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('sums items up for other features, the title in the reader’s locale, unknown ids left out', async () => {
    const a = await menu.create(coordinator, input(`TMG-${tag}-FD1`), NO_REQUEST);
    const b = await menu.create(
      coordinator,
      input(`TMG-${tag}-FD2`, {
        format: 'lecture',
        defaultDurationMin: 45,
        originalLocale: 'vi',
        texts: [{ locale: 'vi', title: 'Bãi chôn lấp' }],
      }),
      NO_REQUEST,
    );
    await menu.archive(coordinator, b.id, NO_REQUEST);
    const missing = randomUUID();

    const summaries = await menu.summaryFor(ds.manager, [a.id, b.id, a.id, missing], 'ja-JP');
    expect([...summaries.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(summaries.get(a.id)).toEqual({
      id: a.id,
      code: `TMG-${tag}-FD1`,
      format: 'site_visit',
      defaultDurationMin: 90,
      status: 'active',
      title: '中央防波堤埋立処分場の見学',
      locale: 'ja',
    });
    // No Japanese, no English: the original.
    expect(summaries.get(b.id)).toMatchObject({ status: 'archived', title: 'Bãi chôn lấp', locale: 'vi' });

    const english = await menu.summaryFor(ds.manager, [a.id], 'dv');
    expect(english.get(a.id)).toMatchObject({ locale: 'en', title: expect.stringContaining('Central') });
    expect((await menu.summaryFor(ds.manager, [], 'en')).size).toBe(0);
  });

  it('lets one of two simultaneous creations with the same code through, the other 409, nothing half-written', async () => {
    const code = `TMG-${tag}-RACE`;
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => menu.create(coordinator, input(code), NO_REQUEST)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'MENU.CODE_TAKEN' });
    const [{ items, texts }] = (await ds.query(
      `SELECT (SELECT COUNT(*) FROM menu_item WHERE code = ?) AS items,
              (SELECT COUNT(*) FROM menu_item_text t JOIN menu_item m ON m.id = t.menu_item_id WHERE m.code = ?) AS texts`,
      [code, code],
    )) as { items: string; texts: string }[];
    expect([Number(items), Number(texts)]).toEqual([1, 2]);
  });

  it('removes an item’s texts, topics and languages with it (ON DELETE CASCADE)', async () => {
    const item = await menu.create(
      coordinator,
      input(`TMG-${tag}-DEL`, { languages: ['ja', 'en'] }),
      NO_REQUEST,
    );
    await ds.query('DELETE FROM menu_item WHERE id = ?', [item.id]);
    const [row] = (await ds.query(
      `SELECT (SELECT COUNT(*) FROM menu_item_text WHERE menu_item_id = ?) +
              (SELECT COUNT(*) FROM menu_item_topic WHERE menu_item_id = ?) +
              (SELECT COUNT(*) FROM menu_item_language WHERE menu_item_id = ?) AS n`,
      [item.id, item.id, item.id],
    )) as { n: string }[];
    expect(Number(row!.n)).toBe(0);
  });
});
