import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { PdfText } from '../common/pdf-text.js';
import type { SiteVisitDetails } from '../sessions/session.entity.js';
import type { RosterLanguage } from './roster-download.entity.js';

/** Someone on the roster, as the host will read them: the name in its own script. */
export interface RosterPerson {
  name: string;
  organisation: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  position: string | null;
}

export interface RosterStaffMember extends RosterPerson {
  role: 'coordinator' | 'instructor';
}

/** Everything a roster says, in no language yet. */
export interface RosterContent {
  programme: { code: string; title: string };
  session: { title: string; room: string | null };
  facility: { name: string; address: string } | null;
  when: {
    startsAt: Date | null;
    endsAt: Date | null;
    allDayFrom: string | null;
    allDayTo: string | null;
    /** The host's zone: every time on the roster is in it. */
    timeZone: string;
  };
  visitOn: string;
  siteVisit: SiteVisitDetails | null;
  visitors: RosterPerson[];
  staff: RosterStaffMember[];
  generatedAt: Date;
  generatedBy: string;
}

interface Labels {
  title: string;
  programme: string;
  visit: string;
  facility: string;
  when: string;
  meetingPoint: string;
  transport: string;
  interpreters: string;
  ppe: string;
  photography: string;
  group: string;
  visitorsHeading: string;
  staffHeading: string;
  columns: {
    no: string;
    group: string;
    name: string;
    organisation: string;
    country: string;
    position: string;
  };
  staffColumns: { role: string };
  visitor: string;
  role: Record<RosterStaffMember['role'], string>;
  accompanying: Record<RosterStaffMember['role'], string>;
  counts: (visitors: number, staff: number) => string;
  interpreterCount: (n: number, languages: string) => string;
  none: string;
  noVisitors: string;
  noStaff: string;
  generated: (at: string, by: string) => string;
  page: (n: number, of: number) => string;
  departs: string;
  /** luxon formats for a day, and a day with a time. */
  dayFormat: string;
  list: (items: string[]) => string;
}

const LABELS: Record<RosterLanguage, Labels> = {
  ja: {
    title: '訪問者名簿',
    programme: '研修プログラム',
    visit: '視察',
    facility: '施設',
    when: '日時',
    meetingPoint: '集合場所',
    transport: '交通手段',
    interpreters: '通訳',
    ppe: '保護具',
    photography: '撮影',
    group: '人数',
    visitorsHeading: '訪問者',
    staffHeading: '同行者',
    columns: {
      no: '番号',
      group: '区分',
      name: '氏名',
      organisation: '所属',
      country: '国・地域',
      position: '役職',
    },
    staffColumns: { role: '役割' },
    visitor: '訪問者',
    role: { coordinator: 'コーディネーター', instructor: '講師' },
    accompanying: { coordinator: '同行者（コーディネーター）', instructor: '同行者（講師）' },
    counts: (v, s) => `訪問者 ${v}名、同行者 ${s}名`,
    interpreterCount: (n, languages) => (n === 0 ? 'なし' : `${n}名${languages ? `（${languages}）` : ''}`),
    none: 'なし',
    noVisitors: '訪問者はまだいません。',
    noStaff: '同行者はいません。',
    generated: (at, by) => `Kenshu にて ${at} に ${by} が作成`,
    page: (n, of) => `${n} / ${of}`,
    departs: '出発',
    dayFormat: 'yyyy年M月d日(ccc)',
    list: (items) => items.join('、'),
  },
  en: {
    title: 'Visitor roster',
    programme: 'Programme',
    visit: 'Site visit',
    facility: 'Facility',
    when: 'Date and time',
    meetingPoint: 'Meeting point',
    transport: 'Transport',
    interpreters: 'Interpreters',
    ppe: 'Protective equipment',
    photography: 'Photography',
    group: 'Group',
    visitorsHeading: 'Visitors',
    staffHeading: 'Accompanying staff',
    columns: {
      no: 'No.',
      group: 'Group',
      name: 'Name',
      organisation: 'Organisation',
      country: 'Country',
      position: 'Position',
    },
    staffColumns: { role: 'Role' },
    visitor: 'Visitor',
    role: { coordinator: 'Coordinator', instructor: 'Instructor' },
    accompanying: { coordinator: 'Accompanying coordinator', instructor: 'Accompanying instructor' },
    counts: (v, s) =>
      `${v} ${v === 1 ? 'visitor' : 'visitors'}, ${s} accompanying ${s === 1 ? 'person' : 'people'}`,
    interpreterCount: (n, languages) => (n === 0 ? 'none' : `${n}${languages ? ` (${languages})` : ''}`),
    none: 'none',
    noVisitors: 'No visitors yet.',
    noStaff: 'No accompanying staff.',
    generated: (at, by) => `Made with Kenshu on ${at} by ${by}`,
    page: (n, of) => `Page ${n} of ${of}`,
    departs: 'departs',
    dayFormat: 'cccc d LLLL yyyy',
    list: (items) => items.join(', '),
  },
};

const LOCALE: Record<RosterLanguage, string> = { ja: 'ja-JP', en: 'en-GB' };

/** Country and language names in the roster's language; the code itself when Intl does not know it. */
function displayNames(lang: RosterLanguage) {
  const regions = new Intl.DisplayNames([LOCALE[lang]], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([LOCALE[lang]], { type: 'language', fallback: 'code' });
  const safely = (names: Intl.DisplayNames, code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code; // not a well-formed code
    }
  };
  return {
    country: (code: string | null) => (code ? safely(regions, code.toUpperCase()) : ''),
    language: (code: string) => safely(languages, code),
  };
}

/** When the visit is, on the host's clock and calendar, with the zone named. */
function whenText(content: RosterContent, lang: RosterLanguage): string {
  const l = LABELS[lang];
  const { when } = content;
  const zone = when.timeZone;
  const day = (d: DateTime) => d.setLocale(LOCALE[lang]).toFormat(l.dayFormat);
  if (when.startsAt && when.endsAt) {
    const start = DateTime.fromJSDate(when.startsAt, { zone });
    const end = DateTime.fromJSDate(when.endsAt, { zone });
    const endText = start.hasSame(end, 'day')
      ? end.toFormat('HH:mm')
      : `${day(end)} ${end.toFormat('HH:mm')}`;
    return `${day(start)} ${start.toFormat('HH:mm')}–${endText} (${zone}, UTC${start.toFormat('ZZ')})`;
  }
  const from = DateTime.fromISO(when.allDayFrom!, { zone });
  const to = DateTime.fromISO(when.allDayTo ?? when.allDayFrom!, { zone });
  return from.hasSame(to, 'day') ? `${day(from)} (${zone})` : `${day(from)} – ${day(to)} (${zone})`;
}

/** The header of the roster: label and value, in order, the empty ones left out. */
export function rosterHeader(content: RosterContent, lang: RosterLanguage): [string, string][] {
  const l = LABELS[lang];
  const names = displayNames(lang);
  const sv = content.siteVisit;
  const rows: [string, string][] = [
    [l.programme, `${content.programme.title} (${content.programme.code})`],
    [l.visit, content.session.title],
  ];
  if (content.facility)
    rows.push([l.facility, `${content.facility.name}\n${content.facility.address}`.trim()]);
  rows.push([l.when, whenText(content, lang)]);
  if (sv?.meetingPoint || content.session.room)
    rows.push([l.meetingPoint, [sv?.meetingPoint, content.session.room].filter(Boolean).join('\n')]);
  if (sv?.transport.length)
    rows.push([
      l.transport,
      sv.transport
        .map((t) => `${t.mode}: ${t.from} → ${t.to}${t.departsAt ? ` (${l.departs} ${t.departsAt})` : ''}`)
        .join('\n'),
    ]);
  rows.push([
    l.interpreters,
    l.interpreterCount(sv?.interpreters ?? 0, l.list((sv?.interpreterLanguages ?? []).map(names.language))),
  ]);
  rows.push([l.ppe, sv?.ppe.length ? l.list(sv.ppe) : l.none]);
  if (sv?.photography) rows.push([l.photography, sv.photography]);
  rows.push([l.group, l.counts(content.visitors.length, content.staff.length)]);
  return rows;
}

/**
 * The roster as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads Japanese right),
 * CRLF line ends, RFC 4180 quoting, the header row in the roster's language; the visitors, then the
 * accompanying staff. Cells that a spreadsheet would run as a formula start with an apostrophe.
 */
export function rosterCsv(content: RosterContent, lang: RosterLanguage): Buffer {
  const l = LABELS[lang];
  const names = displayNames(lang);
  const c = l.columns;
  const rows = [
    ...content.visitors.map((p) => ({ ...p, group: l.visitor })),
    ...content.staff.map((p) => ({ ...p, group: l.accompanying[p.role] })),
  ].map((p, i) => [
    String(i + 1),
    p.group,
    p.name,
    p.organisation ?? '',
    names.country(p.country),
    p.position ?? '',
  ]);
  const text = stringify(rows, {
    header: true,
    columns: [c.no, c.group, c.name, c.organisation, c.country, c.position],
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });
  return Buffer.from(text, 'utf8');
}

const A4_MARGIN = 48;
const MUTED = '#555555';
const RULE = '#bbbbbb';

interface Column {
  title: string;
  width: number;
  cell: (p: RosterStaffMember | RosterPerson, index: number) => string;
}

/**
 * The roster as an A4 PDF in the roster's language: the visit's particulars, then a table of the
 * visitors and one of the accompanying staff, every name in its own script (common/pdf-text.ts), the
 * header row repeated on each page, and a footer naming who made it, when, and the page.
 */
export async function rosterPdf(content: RosterContent, lang: RosterLanguage): Promise<Buffer> {
  const l = LABELS[lang];
  const names = displayNames(lang);
  const pdf = new PdfText({
    margin: A4_MARGIN,
    lang: LOCALE[lang],
    info: {
      Title: `${l.title}: ${content.session.title}`,
      Author: content.generatedBy,
      Subject: `${content.programme.code} ${content.visitOn}`,
      Creator: 'Kenshu',
    },
  });
  const { doc } = pdf;
  const left = A4_MARGIN;
  const width = doc.page.width - 2 * A4_MARGIN;
  const bottom = () => doc.page.height - A4_MARGIN - 24;
  let y = A4_MARGIN;

  y += pdf.draw(l.title, { x: left, y, width, size: 18 });
  y += pdf.draw(content.session.title, { x: left, y, width, size: 12, color: MUTED }) + 8;

  // The particulars, label beside value.
  const labelWidth = 120;
  for (const [label, value] of rosterHeader(content, lang)) {
    const h = Math.max(pdf.height(label, labelWidth - 8, 9.5), pdf.height(value, width - labelWidth, 9.5));
    if (y + h > bottom()) y = newPage();
    pdf.draw(label, { x: left, y, width: labelWidth - 8, size: 9.5, color: MUTED });
    pdf.draw(value, { x: left + labelWidth, y, width: width - labelWidth, size: 9.5 });
    y += h + 3;
  }
  y += 10;

  const country = (p: RosterPerson) => names.country(p.country);
  y = table(l.visitorsHeading, l.noVisitors, content.visitors, [
    { title: l.columns.no, width: 28, cell: (_, i) => String(i + 1) },
    { title: l.columns.name, width: 130, cell: (p) => p.name },
    { title: l.columns.organisation, width: 150, cell: (p) => p.organisation ?? '' },
    { title: l.columns.country, width: 70, cell: country },
    { title: l.columns.position, width: width - 378, cell: (p) => p.position ?? '' },
  ]);
  y += 12;
  y = table(l.staffHeading, l.noStaff, content.staff, [
    { title: l.columns.no, width: 28, cell: (_, i) => String(i + 1) },
    { title: l.columns.name, width: 130, cell: (p) => p.name },
    { title: l.staffColumns.role, width: 120, cell: (p) => l.role[(p as RosterStaffMember).role] },
    { title: l.columns.organisation, width: width - 278, cell: (p) => p.organisation ?? '' },
  ]);

  // Footers, once the number of pages is known.
  const at = DateTime.fromJSDate(content.generatedAt, { zone: content.when.timeZone });
  const generated = l.generated(
    `${at.toFormat('yyyy-MM-dd HH:mm')} (${content.when.timeZone})`,
    content.generatedBy,
  );
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const footerY = doc.page.height - A4_MARGIN - 10;
    pdf.draw(generated, { x: left, y: footerY, width: width - 90, size: 7.5, color: MUTED });
    pdf.draw(l.page(i - range.start + 1, range.count), {
      x: left + width - 90,
      y: footerY,
      width: 90,
      size: 7.5,
      color: MUTED,
      align: 'right',
    });
  }
  return pdf.finish();

  function newPage(): number {
    doc.addPage();
    return A4_MARGIN;
  }

  function table(
    heading: string,
    empty: string,
    people: (RosterPerson | RosterStaffMember)[],
    columns: Column[],
  ): number {
    const size = 9;
    const pad = 3;
    const headerHeight =
      Math.max(...columns.map((c) => pdf.height(c.title, c.width - 2 * pad, size))) + 2 * pad;
    const rowHeight = (p: RosterPerson, i: number) =>
      Math.max(...columns.map((c) => pdf.height(c.cell(p, i) || ' ', c.width - 2 * pad, size))) + 2 * pad;
    const headerRow = () => {
      doc.save().rect(left, y, width, headerHeight).fill('#eeeeee').restore();
      let x = left;
      for (const c of columns) {
        pdf.draw(c.title, { x: x + pad, y: y + pad, width: c.width - 2 * pad, size, color: MUTED });
        x += c.width;
      }
      y += headerHeight;
    };
    const firstRow = people[0] ? rowHeight(people[0], 0) : 20;
    if (y + 20 + headerHeight + firstRow > bottom()) y = newPage();
    y += pdf.draw(heading, { x: left, y, width, size: 12 }) + 2;
    headerRow();
    if (people.length === 0) {
      y += pdf.draw(empty, { x: left + pad, y: y + pad, width, size, color: MUTED }) + 2 * pad;
      return y;
    }
    people.forEach((p, i) => {
      const h = rowHeight(p, i);
      if (y + h > bottom()) {
        y = newPage();
        headerRow();
      }
      let x = left;
      for (const c of columns) {
        pdf.draw(c.cell(p, i), { x: x + pad, y: y + pad, width: c.width - 2 * pad, size });
        x += c.width;
      }
      y += h;
      doc
        .save()
        .moveTo(left, y)
        .lineTo(left + width, y)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke()
        .restore();
    });
    return y;
  }
}

/** `roster-MOEJ-2026-2026-10-06-ja.pdf`: programme code, visit day, language. ASCII only. */
export function rosterFileName(content: RosterContent, format: 'csv' | 'pdf', lang: RosterLanguage): string {
  const code = content.programme.code.replace(/[^A-Za-z0-9-]/g, '');
  return `roster-${code}-${content.visitOn}-${lang}.${format}`;
}
