import { languageOf } from '../common/locale.js';

/** The language every item should have a text in, after the reader's own. */
export const FALLBACK_LOCALE = 'en';

const lower = (s: string) => s.toLowerCase();

/** The best of `available` for someone who reads `wanted`: exact tag, bare language, same language. */
function bestFor(available: readonly string[], wanted: string): string | undefined {
  const exact = available.find((l) => lower(l) === lower(wanted));
  if (exact) return exact;
  const language = languageOf(wanted);
  const bare = available.find((l) => lower(l) === language);
  if (bare) return bare;
  // Another region or script of the same language (`pt-PT` for a `pt-BR` reader) reads better than
  // English; the first in alphabetical order, so that the choice never depends on row order.
  return [...available].sort().find((l) => languageOf(l) === language);
}

/**
 * Which of an item's texts a reader gets. In order: the reader's locale (`ja-JP`), its language (`ja`),
 * another tag of that language (`ja-Hira`); then the same for English; then the item's original locale;
 * and only if even that is missing (which the service never allows), the first text by locale. Null when
 * there is no text at all.
 */
export function chooseLocale(
  available: readonly string[],
  wanted: string | null | undefined,
  original: string,
): string | null {
  if (available.length === 0) return null;
  return (
    (wanted ? bestFor(available, wanted) : undefined) ??
    bestFor(available, FALLBACK_LOCALE) ??
    available.find((l) => lower(l) === lower(original)) ??
    [...available].sort()[0]!
  );
}

/** Learning outcomes as stored (a JSON array in TEXT); anything else reads as none. */
export function parseOutcomes(stored: string | null | undefined): string[] {
  if (!stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}
