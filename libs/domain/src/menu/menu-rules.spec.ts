import type { FieldProblem } from '../common/domain-error.js';
import type { MenuFormat, MenuTopic } from './menu-item.entity.js';
import { checkItemFields, checkText, checkTexts, MENU_CODE } from './menu-rules.js';

const fieldsOf = (problems: FieldProblem[]) => problems.map((p) => p.field);

describe('menu item rules', () => {
  it.each(['TMG-3R-101', 'MOEJ-INC-02', 'ADB-MV-SWM-2026-A1', 'C23-TOUR-1'])(
    'accepts the code %s',
    (code) => {
      expect(MENU_CODE.test(code)).toBe(true);
    },
  );

  it.each(['TMG', '3R-101', 'TMG--101', 'TMG-101-', 'TMG_3R_101', 'TMG 3R', 'tmg-3r-101', 'A-B-C-D-E-F-G'])(
    'refuses the code %j',
    (code) => {
      expect(MENU_CODE.test(code)).toBe(false);
    },
  );

  it('puts fields in their stored spelling, without repeats', () => {
    const problems: FieldProblem[] = [];
    const out = checkItemFields(
      {
        code: ' tmg-3r-101 ',
        originalLocale: 'JA-jp',
        topics: ['3r', 'reuse', '3r'] as MenuTopic[],
        languages: ['en', 'EN', 'vi-vn'],
      },
      problems,
    );
    expect(problems).toEqual([]);
    expect(out).toMatchObject({
      code: 'TMG-3R-101',
      originalLocale: 'ja-JP',
      topics: ['3r', 'reuse'],
      languages: ['en', 'vi-VN'],
    });
  });

  it('names every broken field at once', () => {
    const problems: FieldProblem[] = [];
    checkItemFields(
      {
        code: 'TMG',
        format: 'seminar' as MenuFormat,
        defaultDurationMin: 1441,
        originalLocale: 'xx-invalid',
        topics: ['3r', 'composting'] as MenuTopic[],
        languages: ['en', 'en_US'],
      },
      problems,
    );
    expect(fieldsOf(problems)).toEqual([
      'code',
      'format',
      'defaultDurationMin',
      'originalLocale',
      'topics[1]',
      'languages[1]',
    ]);
  });

  it.each([0, -30, 1.5, 1441])('refuses a duration of %d minutes', (defaultDurationMin) => {
    const problems: FieldProblem[] = [];
    checkItemFields({ defaultDurationMin }, problems);
    expect(fieldsOf(problems)).toEqual(['defaultDurationMin']);
  });

  it.each([1, 90, 1440])('accepts a duration of %d minutes', (defaultDurationMin) => {
    const problems: FieldProblem[] = [];
    checkItemFields({ defaultDurationMin }, problems);
    expect(problems).toEqual([]);
  });

  it('refuses an empty list of languages', () => {
    const problems: FieldProblem[] = [];
    checkItemFields({ languages: [] }, problems);
    expect(fieldsOf(problems)).toEqual(['languages']);
  });

  it('cleans a text: NFC, trimmed, no blank summary', () => {
    const problems: FieldProblem[] = [];
    const text = checkText(
      { title: '  Cafe\u0301 talk ', summary: '   ', learningOutcomes: [' Sort waste '] },
      '',
      problems,
    );
    expect(problems).toEqual([]);
    expect(text).toEqual({ title: 'Café talk', summary: null, learningOutcomes: ['Sort waste'] });
  });

  it('names the text and the outcome at fault', () => {
    const problems: FieldProblem[] = [];
    checkTexts(
      [
        { locale: 'en', title: 'Incineration', learningOutcomes: ['Read a plant’s heat balance', ' '] },
        { locale: 'EN', title: '' },
        { locale: 'xx-invalid', title: 'X' },
      ],
      problems,
    );
    expect(fieldsOf(problems)).toEqual([
      'texts[0].learningOutcomes[1]',
      'texts[1].locale',
      'texts[1].title',
      'texts[2].locale',
    ]);
  });
});
