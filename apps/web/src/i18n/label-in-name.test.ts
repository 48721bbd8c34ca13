import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { ja } from './ja';

/**
 * WCAG 2.5.3 (Label in Name): a link or button shows `x` and is named by `xNamed` for screen readers
 * (the visible text is the same on every card); someone using voice control says what they see, so the
 * name must contain the visible text. axe finds a mismatch only on pages it is run on, in one language.
 */
describe.each([
  ['en', en],
  ['ja', ja],
] as const)('named labels in %s', (_language, texts: Record<MessageKey, string>) => {
  const pairs = (Object.keys(texts) as MessageKey[])
    .filter((key) => key.endsWith('Named') && key.slice(0, -'Named'.length) in texts)
    .map((key) => [key, texts[key.slice(0, -'Named'.length) as MessageKey], texts[key]] as const);

  it('has the pairs to check', () => expect(pairs.length).toBeGreaterThan(10));

  it.each(pairs)('%s contains the visible text', (_key, visible, named) =>
    expect(named.toLowerCase()).toContain(visible.toLowerCase()),
  );
});
