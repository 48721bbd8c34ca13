import type { FieldProblem } from '../common/domain-error.js';
import { checkItemFields, checkTexts } from '../menu/menu-rules.js';
import { DEMO_MENU } from './demo-menu.js';

describe('the demo training menu', () => {
  it.each(DEMO_MENU.map((m) => [m.code, m] as const))('%s keeps the rules of the menu', (_, item) => {
    const problems: FieldProblem[] = [];
    const fields = checkItemFields(item, problems);
    const texts = checkTexts(item.texts, problems);
    expect(problems).toEqual([]);
    expect(fields).toMatchObject({ code: item.code, originalLocale: item.originalLocale });
    expect(texts.map((t) => t.locale)).toContain(item.originalLocale);
  });

  it('has codes and ids of its own', () => {
    expect(new Set(DEMO_MENU.map((m) => m.code)).size).toBe(DEMO_MENU.length);
    expect(new Set(DEMO_MENU.map((m) => m.id)).size).toBe(DEMO_MENU.length);
  });
});
