/**
 * Which language variant a reader gets: the first entry of their chain that a variant matches — exactly,
 * or by base language (`pt-BR` reads `pt`, `en` reads `en-GB`) — and the original otherwise. The chain is
 * the reader's locale, then their own fallbacks (`km,en`), then the programme's.
 */
export function languageChain(
  locale: string,
  ...fallbacks: (string | readonly string[] | null | undefined)[]
): string[] {
  const chain = [locale, ...fallbacks.flatMap((f) => (!f ? [] : typeof f === 'string' ? f.split(',') : f))]
    .map((l) => l.trim())
    .filter(Boolean);
  return [...new Set(chain.map((l) => l.toLowerCase()))];
}

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

export function pickLanguage(
  available: readonly string[],
  chain: readonly string[],
  original: string,
): string {
  for (const wanted of chain) {
    const exact = available.find((a) => a.toLowerCase() === wanted);
    if (exact) return exact;
    const sameBase = available.find((a) => base(a) === base(wanted));
    if (sameBase) return sameBase;
  }
  return available.includes(original) ? original : (available[0] ?? original);
}

export const fallbacksList = (column: string | null): string[] => (column ? column.split(',') : []);
