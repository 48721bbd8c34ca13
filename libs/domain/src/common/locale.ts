/**
 * Locales and time zones as people type them, checked against what the runtime (ICU) knows, and
 * stored in their canonical spelling. No hand-written lists: Intl is the source of truth.
 */

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/**
 * A BCP 47 tag of the form language[-Script][-REGION] whose language (and region) exist: `en`, `ja-JP`,
 * `zh-Hant-TW`, `dv`. Returns the canonical spelling, or null for `xx-invalid`, `en_US`, `en-ZZ`.
 * Variants and extensions are refused: nothing in Kenshu uses them, and they hide typos.
 */
export function canonicalLocale(tag: string): string | null {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag.trim())[0]!;
  } catch {
    return null;
  }
  const locale = new Intl.Locale(canonical);
  const rebuilt = [locale.language, locale.script, locale.region].filter(Boolean).join('-');
  if (rebuilt !== canonical) return null; // a variant or extension
  if (!LANGUAGES.of(locale.language) || locale.language === 'und') return null;
  if (locale.region && (locale.region === 'ZZ' || !REGIONS.of(locale.region))) return null;
  return canonical;
}

/** The language part, for choosing a text: `ja-JP` → `ja`. */
export const languageOf = (locale: string) => locale.split('-')[0]!.toLowerCase();

const ZONE_SHAPE = /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/;

/** Zone names by lower case, to mend the case of what people type. */
let zonesByLowerCase: Map<string, string> | undefined;

/**
 * An IANA zone name (`Asia/Tokyo`, `Asia/Kolkata`, `UTC`) that the runtime knows, kept as the person
 * wrote it but for its case (`asia/tokyo` → `Asia/Tokyo`); ICU's older aliases are not forced on anyone
 * (`Asia/Kolkata` stays, not `Asia/Calcutta`). Null for `Asia/Tokio`, offsets such as `+09:00`, and
 * abbreviations such as `EST` or `JST`, which name no rules for daylight saving.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!ZONE_SHAPE.test(trimmed)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  zonesByLowerCase ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  const lower = trimmed.toLowerCase();
  if (resolved.toLowerCase() === lower) return resolved;
  return zonesByLowerCase.get(lower) ?? trimmed;
}
