import { randomUUID } from 'node:crypto';
import {
  call,
  DEMO,
  KenshuProcess,
  signIn,
  startApi,
  testQueuePrefix,
  type SignedInUser,
} from '@kenshu/testing';

type Problem = { status: number; code: string; errors?: { field: string; reason: string }[] };
type Text = { locale: string; title: string; summary: string | null; learningOutcomes: string[] };
type MenuItem = {
  id: string;
  code: string;
  format: string;
  defaultDurationMin: number;
  originalLocale: string;
  status: 'active' | 'archived';
  topics: string[];
  languages: string[];
  locale: string;
  availableLocales: string[];
  title: string;
  summary: string | null;
  learningOutcomes: string[];
  translations: Text[] | null;
};
type Page = { items: MenuItem[]; total: number; page: number; pageSize: number };

/** The training menu: items with texts in several languages, search, fallback, archive, refusals. */
describe('training menu', () => {
  let api: KenshuProcess & { url: string };
  let admin: SignedInUser;
  let coordinator: SignedInUser;
  let instructor: SignedInUser;
  let trainee: SignedInUser;
  /** Unique to the run, in every code, so that searches find this file's items only. */
  const tag = `R${Date.now().toString(36).toUpperCase()}`;
  /** The same for the three items the search cases read, which no other case creates beside. */
  const stag = `S${tag.slice(1)}`;

  const req = <T = MenuItem>(method: string, path: string, who: SignedInUser | undefined, body?: unknown) =>
    call<T>(api.url, method, `/api/v1${path}`, { token: who?.accessToken, body });

  const textile = {
    format: 'webinar',
    defaultDurationMin: 90,
    originalLocale: 'ja',
    topics: ['textile-recycling', 'recycling'],
    languages: ['ja', 'en'],
    texts: [
      {
        locale: 'ja',
        title: 'ファイバー・トゥ・ファイバー：繊維リサイクル',
        summary: '東京都の共同研究ウェビナー。使用済み衣類を再び繊維にする技術と回収の仕組み。',
        learningOutcomes: ['繊維リサイクルの工程を説明できる'],
      },
      {
        locale: 'en',
        title: 'Fiber-to-Fiber: textile recycling',
        summary:
          'TMG collaborative study webinar: turning used garments back into fibre, and collecting them.',
        learningOutcomes: [
          'Explain the steps of fibre-to-fibre recycling',
          'Plan a used-clothing collection',
        ],
      },
    ],
  };

  const create = (code: string, extra: Record<string, unknown> = {}, who = coordinator) =>
    req('POST', '/menu-items', who, { code, ...textile, ...extra });

  /** Codes of this run's items (not the search fixtures) found by `query`, sorted. */
  const search = async (query: string, who = coordinator) => {
    const q = query.includes('q=') ? '' : `&q=${tag}`;
    const res = await req<Page>('GET', `/menu-items?pageSize=200${q}&${query}`, who);
    expect(res.status).toBe(200);
    return res.body.items
      .map((i) => i.code)
      .filter((c) => c.includes(`-${tag}-`))
      .sort();
  };

  const auditActions = async (id: string) =>
    (
      await req<{ items: { action: string; details: Record<string, unknown> | null }[] }>(
        'GET',
        `/audit-events?targetId=${id}`,
        admin,
      )
    ).body.items
      .map((e) => e.action)
      .reverse();

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: testQueuePrefix('menu') });
    [admin, coordinator, instructor, trainee] = await Promise.all(
      [DEMO.admin, DEMO.coordinator, DEMO.instructor, DEMO.trainee].map((e) => signIn(api.url, e)),
    );
    // The search and filter cases read these.
    const made = await Promise.all([
      create(`TMG-${stag}-TEX1`),
      create(`TMG-${stag}-REUSE`, {
        format: 'lecture',
        originalLocale: 'en',
        topics: ['reuse'],
        languages: ['en-GB'],
        texts: [
          {
            locale: 'en',
            title: 'Reuse, an essential part of the circular economy',
            summary: 'From the TMG online symposium.',
          },
        ],
      }),
      create(`MOEJ-${stag}-INC`, {
        format: 'site_visit',
        defaultDurationMin: 120,
        topics: ['incineration', 'intermediate-treatment'],
        languages: ['ja-JP', 'en'],
        texts: [{ locale: 'ja', title: '清掃工場の見学', summary: '焼却と中間処理' }],
      }),
    ]);
    expect(made.map((r) => r.status)).toEqual([201, 201, 201]);
  });

  afterAll(async () => {
    await api?.stop();
  });

  it('creates an item with texts in two languages, the code upper case, audited', async () => {
    const res = await create(`tmg-${tag}-new`.toLowerCase());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: `TMG-${tag}-NEW`,
      format: 'webinar',
      defaultDurationMin: 90,
      originalLocale: 'ja',
      status: 'active',
      topics: ['recycling', 'textile-recycling'],
      languages: ['en', 'ja'],
      // The coordinator reads Japanese.
      locale: 'ja',
      title: 'ファイバー・トゥ・ファイバー：繊維リサイクル',
      availableLocales: ['en', 'ja'],
    });
    expect(res.body.translations?.map((t) => [t.locale, t.learningOutcomes.length])).toEqual([
      ['en', 2],
      ['ja', 1],
    ]);
    expect(await auditActions(res.body.id)).toEqual(['menu.created']);
  });

  it('offers the original locale as the only language when none are named', async () => {
    const { texts, ...rest } = textile;
    const res = await req('POST', '/menu-items', coordinator, {
      ...rest,
      languages: undefined,
      code: `TMG-${tag}-DEF`,
      texts: [texts[0]],
    });
    expect(res.status).toBe(201);
    expect(res.body.languages).toEqual(['ja']);
  });

  describe('text fallback', () => {
    let id: string;

    beforeAll(async () => {
      const res = await create(`TMG-${tag}-FB`, {
        texts: [...textile.texts, { locale: 'vi', title: 'Tái chế sợi thành sợi' }],
      });
      id = res.body.id;
    });

    it.each([
      ['the exact locale', 'ja', 'ja'],
      ['the language of a regional locale', 'ja-JP', 'ja'],
      ['the language of a lower-case regional locale', 'vi-vn', 'vi'],
      ['English for a language it has no text in', 'dv', 'en'],
    ])('serves %s (?lang=%s → %s)', async (_, lang, served) => {
      const res = await req('GET', `/menu-items/${id}?lang=${lang}`, trainee);
      expect(res.status).toBe(200);
      expect(res.body.locale).toBe(served);
      expect(res.body.availableLocales).toEqual(['en', 'ja', 'vi']);
    });

    it('serves the caller’s own locale without ?lang', async () => {
      const hanoi = await signIn(api.url, 'trainee.hanoi@kenshu.example');
      expect((await req('GET', `/menu-items/${id}`, hanoi)).body).toMatchObject({
        locale: 'vi',
        title: 'Tái chế sợi thành sợi',
        summary: null,
        learningOutcomes: [],
      });
      const kolkata = await signIn(api.url, 'trainee.kolkata@kenshu.example'); // en-IN
      expect((await req('GET', `/menu-items/${id}`, kolkata)).body.locale).toBe('en');
    });

    it('serves the original locale when there is neither the language nor English', async () => {
      const { body } = await req<Page>('GET', `/menu-items?q=MOEJ-${stag}-INC&lang=th`, trainee);
      expect(body.items.map((i) => [i.locale, i.title])).toEqual([['ja', '清掃工場の見学']]);
    });

    it('shows every translation to coordinators and admins, and only the text served to others', async () => {
      expect((await req('GET', `/menu-items/${id}`, admin)).body.translations).toHaveLength(3);
      expect((await req('GET', `/menu-items/${id}`, instructor)).body.translations).toBeNull();
      expect((await req('GET', `/menu-items/${id}`, trainee)).body.translations).toBeNull();
    });
  });

  describe('translations', () => {
    it('adds a translation, replaces it, and serves it; audited', async () => {
      const { body: item } = await create(`TMG-${tag}-TR`);
      const added = await req('PUT', `/menu-items/${item.id}/texts/th`, coordinator, {
        title: 'การรีไซเคิลสิ่งทอ',
        learningOutcomes: ['อธิบายขั้นตอนการรีไซเคิลได้'],
      });
      expect(added.status).toBe(200);
      expect(added.body).toMatchObject({ locale: 'th', title: 'การรีไซเคิลสิ่งทอ' });
      expect(added.body.availableLocales).toEqual(['en', 'ja', 'th']);

      const replaced = await req('PUT', `/menu-items/${item.id}/texts/TH`, admin, {
        title: 'การรีไซเคิลเส้นใยสู่เส้นใย',
        summary: 'เว็บบินาร์',
      });
      expect(replaced.body).toMatchObject({
        locale: 'th',
        title: 'การรีไซเคิลเส้นใยสู่เส้นใย',
        summary: 'เว็บบินาร์',
      });
      expect(replaced.body.availableLocales).toEqual(['en', 'ja', 'th']);
      expect((await req('GET', `/menu-items/${item.id}?lang=th-TH`, trainee)).body.locale).toBe('th');
      expect(await auditActions(item.id)).toEqual(['menu.created', 'menu.text_saved', 'menu.text_saved']);
    });

    it('removes a translation, never the original locale’s text', async () => {
      const { body: item } = await create(`TMG-${tag}-RM`);
      const original = await req<Problem>('DELETE', `/menu-items/${item.id}/texts/ja`, coordinator);
      expect(original.status).toBe(422);
      expect(original.body).toMatchObject({ code: 'MENU.INVALID', errors: [{ field: 'locale' }] });
      expect((await req<Problem>('DELETE', `/menu-items/${item.id}/texts/ko`, coordinator)).status).toBe(404);
      expect((await req('DELETE', `/menu-items/${item.id}/texts/en`, coordinator)).status).toBe(204);
      const after = await req('GET', `/menu-items/${item.id}?lang=en`, trainee);
      expect(after.body).toMatchObject({ locale: 'ja', availableLocales: ['ja'] });
    });

    it('moves the original locale only to a locale with a text', async () => {
      const { body: item } = await create(`TMG-${tag}-OL`);
      const refused = await req<Problem>('PATCH', `/menu-items/${item.id}`, coordinator, {
        originalLocale: 'vi',
      });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        code: 'MENU.TEXT_MISSING',
        errors: [{ field: 'originalLocale' }],
      });
      const moved = await req('PATCH', `/menu-items/${item.id}`, coordinator, { originalLocale: 'en' });
      expect(moved.body.originalLocale).toBe('en');
      expect((await req('DELETE', `/menu-items/${item.id}/texts/ja`, coordinator)).status).toBe(204);
    });
  });

  it('updates the item’s own fields, topics and languages; audited', async () => {
    const { body: item } = await create(`TMG-${tag}-UP`);
    const res = await req('PATCH', `/menu-items/${item.id}`, coordinator, {
      code: `TMG-${tag}-UP2`,
      format: 'workshop',
      defaultDurationMin: 1440,
      topics: ['3r', 'public-awareness', '3r'],
      languages: ['en', 'ms-MY'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: `TMG-${tag}-UP2`,
      format: 'workshop',
      defaultDurationMin: 1440,
      topics: ['3r', 'public-awareness'],
      languages: ['en', 'ms-MY'],
      title: item.title,
    });
    expect(await auditActions(item.id)).toEqual(['menu.created', 'menu.updated']);
  });

  describe('search and filters', () => {
    it.each([
      ['a part of the code', `q=${stag}-TEX`, ['TEX1']],
      ['a word of an English title', 'q=circular', ['REUSE']],
      ['a word of a Japanese title', `q=${encodeURIComponent('見学')}`, ['INC']],
      ['a word of a summary in a language not the caller’s', 'q=symposium', ['REUSE']],
      ['a topic', 'topic=incineration', ['INC']],
      ['a format', 'format=site_visit', ['INC']],
      ['a bare language, also offered with a region', 'language=ja', ['INC', 'TEX1']],
      ['a regional language, also offered bare', 'language=en-GB', ['INC', 'REUSE', 'TEX1']],
      ['two filters at once', 'topic=recycling&format=webinar', ['TEX1']],
      ['a status', 'status=active', ['INC', 'REUSE', 'TEX1']],
    ])('finds items by %s', async (_, query, suffixes) => {
      const res = await req<Page>('GET', `/menu-items?pageSize=200&${query}`, coordinator);
      expect(res.status).toBe(200);
      // Only this file's search fixtures: other items of the test database may match too.
      const found = res.body.items.map((i) => i.code).filter((c) => c.includes(`-${stag}-`));
      expect(found.map((c) => c.split('-').pop()).sort()).toEqual(suffixes);
    });

    it('treats % and _ in a search as themselves', async () => {
      for (const q of ['%25', '_', `${stag}%25`])
        expect((await req<Page>('GET', `/menu-items?q=${q}`, coordinator)).body.total).toBe(0);
    });

    it('pages through the results in code order', async () => {
      const page = (n: number) => req<Page>('GET', `/menu-items?q=${stag}&pageSize=2&page=${n}`, coordinator);
      const [first, second] = await Promise.all([page(1), page(2)]);
      expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
      expect(first.body.items).toHaveLength(2);
      expect(second.body.items).toHaveLength(1);
      const codes = [...first.body.items, ...second.body.items].map((i) => i.code);
      expect(codes).toEqual([`MOEJ-${stag}-INC`, `TMG-${stag}-REUSE`, `TMG-${stag}-TEX1`]);
    });
  });

  describe('archive and restore', () => {
    it('takes an item out of the trainees’ menu and back; staff still read it', async () => {
      const { body: item } = await create(`TMG-${tag}-AR`);
      const archived = await req('POST', `/menu-items/${item.id}/archive`, coordinator);
      expect(archived.status).toBe(200);
      expect(archived.body.status).toBe('archived');
      expect((await req('POST', `/menu-items/${item.id}/archive`, admin)).body.status).toBe('archived');

      expect((await req<Problem>('GET', `/menu-items/${item.id}`, trainee)).status).toBe(404);
      expect(await search('', trainee)).not.toContain(item.code);
      expect(await search('status=archived', trainee)).toEqual([]);
      expect((await req('GET', `/menu-items/${item.id}`, instructor)).body.status).toBe('archived');
      expect(await search('status=archived', instructor)).toEqual([item.code]);
      expect(await search('status=active', coordinator)).not.toContain(item.code);

      const restored = await req('POST', `/menu-items/${item.id}/restore`, coordinator);
      expect(restored.body.status).toBe('active');
      expect((await req('GET', `/menu-items/${item.id}`, trainee)).status).toBe(200);
      // Archiving twice records one event.
      expect(await auditActions(item.id)).toEqual(['menu.created', 'menu.archived', 'menu.restored']);
    });
  });

  describe('refusals', () => {
    it.each([
      ['a code of the wrong shape', { code: 'TMG_3R_101' }, 400, 'code'],
      ['a code without parts', { code: 'TMG' }, 400, 'code'],
      ['an unknown topic', { topics: ['3r', 'composting'] }, 400, 'topics'],
      ['an unknown format', { format: 'seminar' }, 400, 'format'],
      ['a duration of zero', { defaultDurationMin: 0 }, 400, 'defaultDurationMin'],
      ['a duration over a day', { defaultDurationMin: 24 * 60 + 1 }, 400, 'defaultDurationMin'],
      ['a fractional duration', { defaultDurationMin: 90.5 }, 400, 'defaultDurationMin'],
      ['an unknown original locale', { originalLocale: 'xx-invalid' }, 400, 'originalLocale'],
      ['an unknown language offered', { languages: ['en', 'en_US'] }, 400, 'languages'],
      [
        'an unknown locale of a text',
        { texts: [textile.texts[0], { ...textile.texts[1], locale: 'klingon' }] },
        400,
        'texts[1].locale',
      ],
      ['an empty title', { texts: [{ ...textile.texts[0], title: '' }] }, 400, 'texts[0].title'],
      ['a blank title', { texts: [{ ...textile.texts[0], title: '   ' }] }, 422, 'texts[0].title'],
      ['no texts', { texts: [] }, 400, 'texts'],
      ['a field it does not know', { price: 100 }, 400, 'price'],
      [
        'two texts in one locale',
        { texts: [textile.texts[0], { ...textile.texts[1], locale: 'JA' }] },
        422,
        'texts[1].locale',
      ],
      ['no text in the original locale', { originalLocale: 'vi' }, 422, 'texts'],
    ])('refuses %s, naming the field, and writes nothing', async (_, change, status, field) => {
      const code = `TMG-${tag}-BAD`;
      const res = await req<Problem>('POST', '/menu-items', coordinator, { code, ...textile, ...change });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(res.body.errors?.map((e) => e.field)).toContain(field);
      if (status === 422)
        expect(res.body.code).toBe(field === 'texts' ? 'MENU.TEXT_MISSING' : 'MENU.INVALID');
      expect(await search(`q=${code}`)).toEqual([]);
    });

    it('refuses a code that is taken, whatever its case, on creation and on change', async () => {
      const taken = await create(`tmg-${stag}-tex1`);
      expect(taken.status).toBe(409);
      expect(taken.body as unknown as Problem).toMatchObject({
        code: 'MENU.CODE_TAKEN',
        errors: [{ field: 'code' }],
      });
      const { body: other } = await create(`TMG-${tag}-DUP`);
      const changed = await req<Problem>('PATCH', `/menu-items/${other.id}`, coordinator, {
        code: `TMG-${stag}-TEX1`,
      });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('MENU.CODE_TAKEN');
      // Its own code is no conflict.
      expect((await req('PATCH', `/menu-items/${other.id}`, coordinator, { code: other.code })).status).toBe(
        200,
      );
    });

    it('refuses a bad ?lang, a bad path locale and a bad id', async () => {
      const id = (await req<Page>('GET', `/menu-items?q=${tag}&pageSize=1`, coordinator)).body.items[0]!.id;
      const lang = await req<Problem>('GET', `/menu-items/${id}?lang=xx-invalid`, trainee);
      expect([lang.status, lang.body.errors?.[0]?.field]).toEqual([400, 'lang']);
      const list = await req<Problem>('GET', '/menu-items?language=en_US&topic=composting', trainee);
      expect(list.status).toBe(400);
      expect(list.body.errors?.map((e) => e.field).sort()).toEqual(['language', 'topic']);
      const path = await req<Problem>('PUT', `/menu-items/${id}/texts/xx-invalid`, coordinator, {
        title: 'X',
      });
      expect([path.status, path.body.errors?.[0]?.field]).toEqual([400, 'locale']);
      const badId = await req<Problem>('GET', '/menu-items/not-a-uuid', coordinator);
      expect([badId.status, badId.body.errors?.[0]?.field]).toEqual([400, 'id']);
      expect((await req<Problem>('GET', `/menu-items/${randomUUID()}`, admin)).status).toBe(404);
    });

    it('lets only coordinators and admins write, and nobody without signing in', async () => {
      const id = (await req<Page>('GET', `/menu-items?q=${tag}&pageSize=1`, coordinator)).body.items[0]!.id;
      const writes: [string, string, unknown][] = [
        ['POST', '/menu-items', { code: `TMG-${tag}-NOPE`, ...textile }],
        ['PATCH', `/menu-items/${id}`, { defaultDurationMin: 60 }],
        ['PUT', `/menu-items/${id}/texts/ko`, { title: '섬유 재활용' }],
        ['DELETE', `/menu-items/${id}/texts/en`, undefined],
        ['POST', `/menu-items/${id}/archive`, undefined],
        ['POST', `/menu-items/${id}/restore`, undefined],
      ];
      for (const [method, path, body] of writes) {
        const statuses = await Promise.all(
          [undefined, trainee, instructor].map(
            async (who) => (await req<Problem>(method, path, who, body)).status,
          ),
        );
        expect({ route: `${method} ${path}`, statuses }).toEqual({
          route: `${method} ${path}`,
          statuses: [401, 403, 403],
        });
      }
      const item = await req('GET', `/menu-items/${id}`, coordinator);
      expect(item.body).toMatchObject({ status: 'active', availableLocales: expect.arrayContaining(['en']) });
      expect(item.body.availableLocales).not.toContain('ko');
      expect((await req<Page>('GET', '/menu-items', undefined)).status).toBe(401);
    });
  });
});
