import { DomainError } from '../common/domain-error.js';
import {
  evaluateRules,
  NO_RULES,
  parseRules,
  validateRules,
  type CompletionInputs,
  type CompletionRules,
} from './completion-rules.js';

const inputs = (over: Partial<CompletionInputs> = {}): CompletionInputs => ({
  attendance: { sessions: 10, ended: 10, attended: 8, excused: 0 },
  postTest: { exists: true, bestPercent: 70, awaitingMarking: false },
  reports: {
    required: [
      { id: 'inception', title: 'Inception report', kind: 'inception_report' },
      { id: 'plan', title: 'Action plan', kind: 'action_plan' },
    ],
    accepted: new Set(['inception', 'plan']),
  },
  ...over,
});

const rules = (over: Partial<CompletionRules> = {}): CompletionRules => ({
  minAttendancePercent: 80,
  postTestPassPercent: 60,
  reportsAccepted: true,
  ...over,
});

describe('evaluateRules', () => {
  it('completes a trainee who meets every rule', () => {
    const result = evaluateRules(rules(), inputs());
    expect(result.met).toBe(true);
    expect(result.requirements.map((r) => [r.kind, r.met])).toEqual([
      ['attendance', true],
      ['post_test', true],
      ['report', true],
      ['report', true],
    ]);
  });

  it('never completes anyone on a programme without rules', () => {
    expect(evaluateRules(NO_RULES, inputs())).toEqual({ met: false, requirements: [] });
  });

  it('counts attendance at exactly the threshold as met, and one session less as missing', () => {
    expect(evaluateRules(rules(), inputs()).requirements[0]).toMatchObject({ met: true, actual: 80 });
    const below = inputs({ attendance: { sessions: 10, ended: 10, attended: 7, excused: 0 } });
    expect(evaluateRules(rules(), below).requirements[0]).toEqual({
      kind: 'attendance',
      met: false,
      required: 80,
      actual: 70,
      reason: 'below_threshold',
    });
  });

  it('leaves excused sessions out of the share, and counts sessions still to come', () => {
    // 6 attended of 10 sessions, 2 excused: 6 of 8 = 75 %.
    const excused = inputs({ attendance: { sessions: 10, ended: 10, attended: 6, excused: 2 } });
    expect(evaluateRules(rules({ minAttendancePercent: 75 }), excused).requirements[0]).toMatchObject({
      met: true,
      actual: 75,
    });
    // Half-way through a programme, everything attended so far is still only half of it.
    const halfway = inputs({ attendance: { sessions: 10, ended: 5, attended: 5, excused: 0 } });
    expect(evaluateRules(rules(), halfway).requirements[0]).toMatchObject({ met: false, actual: 50 });
  });

  it('refuses completion to a trainee excused from every session, but not when there are no sessions', () => {
    const allExcused = inputs({ attendance: { sessions: 3, ended: 3, attended: 0, excused: 3 } });
    expect(evaluateRules(rules(), allExcused).requirements[0]).toMatchObject({
      met: false,
      reason: 'excused_from_all',
    });
    const none = inputs({ attendance: { sessions: 0, ended: 0, attended: 0, excused: 0 } });
    expect(evaluateRules(rules(), none).requirements[0]).toMatchObject({ met: true });
  });

  it('names why the post-test rule is not met', () => {
    const reason = (postTest: CompletionInputs['postTest']) =>
      evaluateRules(rules(), inputs({ postTest })).requirements[1]!.reason;
    expect(reason({ exists: false, bestPercent: null, awaitingMarking: false })).toBe('no_post_test');
    expect(reason({ exists: true, bestPercent: null, awaitingMarking: false })).toBe('not_taken');
    expect(reason({ exists: true, bestPercent: null, awaitingMarking: true })).toBe('awaiting_marking');
    expect(reason({ exists: true, bestPercent: 59.9, awaitingMarking: true })).toBe('awaiting_marking');
    expect(reason({ exists: true, bestPercent: 59.9, awaitingMarking: false })).toBe('below_threshold');
    expect(reason({ exists: true, bestPercent: 60, awaitingMarking: false })).toBeUndefined();
  });

  it('lists each required report stage not yet accepted', () => {
    const result = evaluateRules(
      rules(),
      inputs({ reports: { ...inputs().reports, accepted: new Set(['inception']) } }),
    );
    expect(result.met).toBe(false);
    expect(result.requirements.filter((r) => !r.met)).toEqual([
      { kind: 'report', met: false, stageId: 'plan', title: 'Action plan', reason: 'not_accepted' },
    ]);
  });

  it('applies only the rules that are set', () => {
    const result = evaluateRules(
      { minAttendancePercent: null, postTestPassPercent: 50, reportsAccepted: false },
      inputs({ attendance: { sessions: 10, ended: 10, attended: 0, excused: 0 } }),
    );
    expect(result).toEqual({
      met: true,
      requirements: [{ kind: 'post_test', met: true, required: 50, actual: 70 }],
    });
  });
});

describe('completion rules as stored and as sent', () => {
  it('reads missing keys of an older row as rules that do not apply', () => {
    expect(parseRules(null)).toEqual(NO_RULES);
    expect(parseRules('{"minAttendancePercent":80}')).toEqual({ ...NO_RULES, minAttendancePercent: 80 });
  });

  it('refuses a percentage outside 0–100, naming each field', () => {
    let caught: unknown;
    try {
      validateRules({ minAttendancePercent: 120, postTestPassPercent: -1, reportsAccepted: false });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).fields.map((f) => f.field)).toEqual([
      'minAttendancePercent',
      'postTestPassPercent',
    ]);
  });
});
