import { isEmail } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { CsvRecord } from './csv-file.js';
import { canonicalLocale, canonicalTimeZone } from './locale.js';

/** The columns of a file of people (the trainee import, the enrolment import). */
export type PersonColumn = 'email' | 'display_name' | 'locale' | 'time_zone' | 'organisation' | 'position';

/** A row that passed the per-row checks, with what an account made from it would hold. */
export interface PersonRow {
  row: number;
  line: number;
  email: string;
  /** Empty when the file left it blank (allowed where the account may exist already). */
  displayName: string;
  locale: string | null;
  timeZone: string | null;
  organisationId: string | null;
  position: string | null;
}

export interface SkippedPersonRow {
  row: number;
  line: number;
  email: string | null;
  outcome: 'skipped';
  reason: string;
}

/** Organisation ids by name, NFC and lower-cased: a file names organisations as people write them. */
export async function organisationsByName(em: EntityManager): Promise<Map<string, string>> {
  const rows = await em.find(OrganisationEntity, { select: { id: true, name: true } });
  return new Map(rows.map((o) => [o.name.normalize('NFC').toLowerCase(), o.id]));
}

/**
 * Each row checked on its own: an email (once per file), a name of at most 200 characters (required
 * when `displayNameRequired`), a real locale and zone, a known organisation. Locales and zones repeat in
 * a cohort, so each distinct value is checked once.
 */
export function checkPersonRows(
  records: CsvRecord<PersonColumn>[],
  organisations: Map<string, string>,
  options: { displayNameRequired: boolean },
): { candidates: PersonRow[]; skipped: SkippedPersonRow[] } {
  const locales = new Map<string, string | null>();
  const zones = new Map<string, string | null>();
  const candidates: PersonRow[] = [];
  const skipped: SkippedPersonRow[] = [];
  const seen = new Map<string, number>();
  records.forEach(({ line, cells }, index) => {
    const row = index + 1;
    const email = (cells.email ?? '').toLowerCase();
    const name = cells.display_name ?? '';
    const skip = (reason: string) =>
      skipped.push({ row, line, email: email || null, outcome: 'skipped', reason });
    if (!isEmail(email)) return skip('email: must be an email address');
    if (seen.has(email)) return skip(`email: repeats row ${seen.get(email)}`);
    seen.set(email, row);
    if (options.displayNameRequired && !name) return skip('display_name: must not be empty');
    if ([...name].length > 200) return skip('display_name: must be at most 200 characters');
    if (cells.locale && !locales.has(cells.locale)) locales.set(cells.locale, canonicalLocale(cells.locale));
    const locale = cells.locale ? locales.get(cells.locale)! : null;
    if (cells.locale && !locale)
      return skip(`locale: ${JSON.stringify(cells.locale)} is not a BCP 47 language tag`);
    if (cells.time_zone && !zones.has(cells.time_zone))
      zones.set(cells.time_zone, canonicalTimeZone(cells.time_zone));
    const timeZone = cells.time_zone ? zones.get(cells.time_zone)! : null;
    if (cells.time_zone && !timeZone)
      return skip(`time_zone: ${JSON.stringify(cells.time_zone)} is not an IANA time zone`);
    const organisationId = cells.organisation ? organisations.get(cells.organisation.toLowerCase()) : null;
    if (organisationId === undefined)
      return skip(`organisation: no organisation is named ${JSON.stringify(cells.organisation)}`);
    if ([...(cells.position ?? '')].length > 200) return skip('position: must be at most 200 characters');
    candidates.push({
      row,
      line,
      email,
      displayName: name,
      locale,
      timeZone,
      organisationId,
      position: cells.position || null,
    });
  });
  return { candidates, skipped };
}

/** Thrown inside the transaction of a dry run so that nothing it wrote stays; carries the report out. */
export class DryRunRollback<T> extends Error {
  constructor(readonly report: T) {
    super('dry run');
  }
}
