import type { EntityManager } from 'typeorm';
import {
  MenuItemEntity,
  MenuItemLanguageEntity,
  MenuItemTextEntity,
  MenuItemTopicEntity,
  type MenuFormat,
  type MenuTopic,
} from '../menu/menu-item.entity.js';

/** Fixed ids so that seeding twice updates the same rows. */
const mnu = (n: number) => `00000000-0000-4000-b000-0000000000${String(n).padStart(2, '0')}`;

interface DemoMenuItem {
  id: string;
  code: string;
  format: MenuFormat;
  defaultDurationMin: number;
  originalLocale: string;
  topics: MenuTopic[];
  languages: string[];
  texts: { locale: string; title: string; summary?: string; learningOutcomes?: string[] }[];
}

/**
 * The training menu behind the demo programmes, from the public record of the FY2023 programmes
 * (../shared/DESIGN.md): TMG's webinars and symposium, the bilateral meetings, the Ministry of the
 * Environment's lectures and visits to incineration plants, final disposal sites and recycling facilities.
 */
export const DEMO_MENU: DemoMenuItem[] = [
  {
    id: mnu(1),
    code: 'TMG-TEX-101',
    format: 'webinar',
    defaultDurationMin: 90,
    originalLocale: 'en',
    topics: ['textile-recycling', 'recycling', '3r'],
    languages: ['en', 'ja'],
    texts: [
      {
        locale: 'en',
        title: 'Fiber-to-Fiber: Textile Recycling',
        summary:
          'TMG Collaborative Study Webinar: how used clothing is collected, sorted and turned back into fibre for new clothing, and what a city can do to grow it.',
        learningOutcomes: [
          'Explain the steps from a collected garment to recycled fibre',
          'Compare collection schemes for used clothing',
          'Name the conditions a fibre-to-fibre plant needs from a city',
        ],
      },
      { locale: 'ja', title: 'ファイバー・トゥ・ファイバー：繊維リサイクル' },
    ],
  },
  {
    id: mnu(2),
    code: 'TMG-REUSE-101',
    format: 'webinar',
    defaultDurationMin: 120,
    originalLocale: 'en',
    topics: ['reuse', '3r', 'public-awareness'],
    languages: ['en', 'ja'],
    texts: [
      {
        locale: 'en',
        title: 'Reuse, an Essential Part of Circular Economy',
        summary: 'TMG Online Symposium: reuse shops, repair and sharing, and how cities support them.',
        learningOutcomes: [
          'Describe reuse measures a city can support',
          'Plan a reuse campaign for residents',
        ],
      },
      { locale: 'ja', title: 'リユース：循環経済に欠かせない取組' },
    ],
  },
  {
    id: mnu(3),
    code: 'TMG-MTG-101',
    format: 'meeting',
    defaultDurationMin: 90,
    originalLocale: 'en',
    topics: ['policy-and-finance', '3r'],
    languages: ['en', 'ja'],
    texts: [
      {
        locale: 'en',
        title: 'Bilateral online meeting on waste policy',
        summary: 'A partner city and Tokyo exchange their policies, results and open questions.',
      },
    ],
  },
  {
    id: mnu(4),
    code: 'MOEJ-SEP-101',
    format: 'lecture',
    defaultDurationMin: 90,
    originalLocale: 'ja',
    topics: ['separation-and-collection', '3r'],
    languages: ['ja', 'en'],
    texts: [
      {
        locale: 'ja',
        title: '東京における一般廃棄物の分別と収集',
        summary: '分別ルール、収集の仕組み、住民への周知について学ぶ。',
      },
      {
        locale: 'en',
        title: 'Separation and collection of municipal solid waste in Tokyo',
        summary: 'Separation rules, collection rounds and how residents learn them.',
        learningOutcomes: [
          'Describe Tokyo’s separation categories and why each exists',
          'Outline a collection round for one category',
        ],
      },
    ],
  },
  {
    id: mnu(5),
    code: 'MOEJ-INC-201',
    format: 'site_visit',
    defaultDurationMin: 90,
    originalLocale: 'ja',
    topics: ['incineration', 'intermediate-treatment'],
    languages: ['ja', 'en'],
    texts: [
      { locale: 'ja', title: '清掃工場の見学', summary: '焼却、排ガス処理、熱回収の現場を見学する。' },
      {
        locale: 'en',
        title: 'Visit to a waste incineration plant',
        summary: 'Incineration, flue gas treatment and energy recovery, seen on site.',
        learningOutcomes: ['Follow waste from the pit to the ash', 'Explain how the plant recovers energy'],
      },
    ],
  },
  {
    id: mnu(6),
    code: 'TMG-FD-201',
    format: 'site_visit',
    defaultDurationMin: 120,
    originalLocale: 'ja',
    topics: ['final-disposal'],
    languages: ['ja', 'en'],
    texts: [
      { locale: 'ja', title: '最終処分場の見学' },
      {
        locale: 'en',
        title: 'Visit to a final disposal site',
        summary: 'A landfill in Tokyo Bay: how it is built, run and made to last.',
      },
    ],
  },
  {
    id: mnu(7),
    code: 'TMG-REC-201',
    format: 'site_visit',
    defaultDurationMin: 90,
    originalLocale: 'ja',
    topics: ['recycling', 'intermediate-treatment'],
    languages: ['ja', 'en'],
    texts: [
      { locale: 'ja', title: 'リサイクル施設の見学' },
      { locale: 'en', title: 'Visit to a recycling facility' },
    ],
  },
];

/** Idempotent: the same rows every time, in the caller's transaction. */
export async function seedDemoMenu(em: EntityManager): Promise<number> {
  for (const m of DEMO_MENU) {
    await em.upsert(
      MenuItemEntity,
      {
        id: m.id,
        code: m.code,
        format: m.format,
        defaultDurationMin: m.defaultDurationMin,
        originalLocale: m.originalLocale,
        status: 'active',
      },
      ['id'],
    );
    for (const entity of [MenuItemTopicEntity, MenuItemLanguageEntity, MenuItemTextEntity])
      await em.delete(entity, { menuItemId: m.id });
    await em.insert(
      MenuItemTopicEntity,
      m.topics.map((topic) => ({ menuItemId: m.id, topic })),
    );
    await em.insert(
      MenuItemLanguageEntity,
      m.languages.map((locale) => ({ menuItemId: m.id, locale })),
    );
    await em.insert(
      MenuItemTextEntity,
      m.texts.map((t) => ({
        menuItemId: m.id,
        locale: t.locale,
        title: t.title,
        summary: t.summary ?? null,
        learningOutcomes: JSON.stringify(t.learningOutcomes ?? []),
      })),
    );
  }
  return DEMO_MENU.length;
}
