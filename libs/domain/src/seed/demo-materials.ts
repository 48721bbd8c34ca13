import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { Storage } from '@kenshu/storage';
import { PdfText } from '../common/pdf-text.js';
import { MaterialEntity, MaterialVersionEntity } from '../materials/material.entity.js';

/** Fixed ids so that seeding twice changes nothing (versions are immutable: inserted once). */
const mat = (n: number) => `00000000-0000-4000-c000-0000000000${String(n).padStart(2, '0')}`;
const ver = (n: number) => `00000000-0000-4000-c100-0000000000${String(n).padStart(2, '0')}`;
const prg = (n: number) => `00000000-0000-4000-a000-0000000000${String(n).padStart(2, '0')}`;
const ses = (n: number) => `00000000-0000-4000-a200-0000000000${String(n).padStart(2, '0')}`;
const INSTRUCTOR = '00000000-0000-4000-9000-000000000003';

type DemoMaterial = Omit<
  MaterialEntity,
  'createdAt' | 'updatedAt' | 'menuItemId' | 'copiedFromId' | 'archivedAt'
>;

const MATERIALS: DemoMaterial[] = [
  {
    id: mat(1),
    programmeId: prg(1),
    sessionId: null,
    kind: 'file',
    title: 'Course handbook: municipal solid waste management in Tokyo',
    description: 'Schedule, site-visit rules, contacts and the action-plan template.',
    originalLanguage: 'en',
    audience: 'trainees',
    releaseRule: 'now',
    releaseAt: null,
    releaseOffsetDays: null,
    createdBy: INSTRUCTOR,
  },
  {
    id: mat(2),
    programmeId: prg(1),
    sessionId: null,
    kind: 'text',
    title: 'Before you arrive',
    description: null,
    originalLanguage: 'en',
    audience: 'trainees',
    releaseRule: 'now',
    releaseAt: null,
    releaseOffsetDays: null,
    createdBy: INSTRUCTOR,
  },
  {
    id: mat(3),
    programmeId: prg(1),
    sessionId: ses(1),
    kind: 'link',
    title: 'Waste management in Tokyo (Bureau of Environment)',
    description: 'Read before the first lecture.',
    originalLanguage: 'ja',
    audience: 'trainees',
    releaseRule: 'before_session',
    releaseAt: null,
    releaseOffsetDays: 7,
    createdBy: INSTRUCTOR,
  },
];

/** What each language of the handbook says (a one-page PDF made here, so nothing binary is checked in). */
const HANDBOOK: Record<'en' | 'ja', string[]> = {
  en: [
    'Course handbook',
    'Municipal solid waste management in Tokyo',
    'Your schedule is in Kenshu, in your own time zone. Site visits need closed shoes; helmets are lent at the gate.',
    'Bring your city’s waste statistics for the action-plan workshop.',
  ],
  ja: [
    '研修ハンドブック',
    '東京の一般廃棄物管理',
    '日程は Kenshu で各自の時間帯に合わせて表示されます。施設見学には靴をご用意ください。ヘルメットは入口で貸し出します。',
    'アクションプラン演習のため、各都市の廃棄物統計をお持ちください。',
  ],
};

async function handbookPdf(lang: 'en' | 'ja'): Promise<Buffer> {
  const pdf = new PdfText({ lang: lang === 'ja' ? 'ja-JP' : 'en-GB', info: { Title: HANDBOOK[lang][0] } });
  let y = 60;
  HANDBOOK[lang].forEach((line, i) => {
    y += pdf.draw(line, { x: 48, y, width: 500, size: i === 0 ? 20 : 11 }) + 10;
  });
  return pdf.finish();
}

/**
 * Materials in two languages for the first demo programme: a handbook (PDF, English and Japanese — only
 * when a storage is given: the test database is seeded without files), a rich text in both languages,
 * and a Japanese link with an English translation, released a week before the first session.
 */
export async function seedDemoMaterials(em: EntityManager, storage?: Storage): Promise<number> {
  const materials = storage ? MATERIALS : MATERIALS.filter((m) => m.kind !== 'file');
  await em.upsert(MaterialEntity, materials, ['id']);
  const existing = new Set(
    (
      (await em.query(`SELECT id FROM material_version WHERE id LIKE '00000000-0000-4000-c100-%'`)) as {
        id: string;
      }[]
    ).map((r) => r.id),
  );
  const versions: Omit<MaterialVersionEntity, 'createdAt'>[] = [];
  // Seeded content is not announced by email (a fresh start would mail every demo trainee at once, and the
  // test database is seeded too); what is uploaded afterwards is.
  const base = {
    deliveryPlannedAt: new Date(),
    note: null,
    storageKey: null,
    fileName: null,
    contentType: null,
    sizeBytes: null,
    sha256: null,
    url: null,
    bodyHtml: null,
    createdBy: INSTRUCTOR,
  };
  if (storage) {
    for (const [n, lang] of [
      [1, 'en'],
      [2, 'ja'],
    ] as const) {
      if (existing.has(ver(n))) continue;
      const file = await handbookPdf(lang);
      const stored = await storage.put(Readable.from([file]));
      versions.push({
        ...base,
        id: ver(n),
        materialId: mat(1),
        language: lang,
        number: 1,
        sourceNumber: lang === 'en' ? null : 1,
        storageKey: stored.key,
        fileName: lang === 'en' ? 'course-handbook.pdf' : '研修ハンドブック.pdf',
        contentType: 'application/pdf',
        sizeBytes: String(stored.size),
        sha256: stored.sha256,
      });
    }
  }
  versions.push(
    {
      ...base,
      id: ver(3),
      materialId: mat(2),
      language: 'en',
      number: 1,
      sourceNumber: null,
      bodyHtml:
        '<p>Please bring:</p><ul><li>your passport and the invitation letter</li><li>closed shoes for site visits</li><li>your city’s latest waste statistics</li></ul>',
    },
    {
      ...base,
      id: ver(4),
      materialId: mat(2),
      language: 'ja',
      number: 1,
      sourceNumber: 1,
      bodyHtml:
        '<p>お持ちいただくもの：</p><ul><li>旅券と招へい状</li><li>施設見学用の靴</li><li>各都市の最新の廃棄物統計</li></ul>',
    },
    {
      ...base,
      id: ver(5),
      materialId: mat(3),
      language: 'ja',
      number: 1,
      sourceNumber: null,
      url: 'https://www.kankyo.metro.tokyo.lg.jp/resource/',
    },
    {
      ...base,
      id: ver(6),
      materialId: mat(3),
      language: 'en',
      number: 1,
      sourceNumber: 1,
      url: 'https://www.kankyo.metro.tokyo.lg.jp/en/resource/',
    },
  );
  const fresh = versions.filter((v) => !existing.has(v.id));
  if (fresh.length > 0) await em.insert(MaterialVersionEntity, fresh);
  return materials.length;
}
