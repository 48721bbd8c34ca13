import { DomainError, type FieldProblem } from '../common/domain-error.js';

/**
 * What a trainee must do to complete a programme. Stored as JSON on the programme (`completion_rules`),
 * read and written whole. A rule left null does not apply; a programme without rules is completed by
 * hand only (a coordinator sets the enrolment to `completed`).
 */
export interface CompletionRules {
  /** Share of the programme's sessions attended (present or late), in percent. Excused sessions do not count. */
  minAttendancePercent: number | null;
  /** Best submitted post-test attempt, in percent of its points. */
  postTestPassPercent: number | null;
  /** Every report stage marked `requiredForCompletion` accepted. */
  reportsAccepted: boolean;
}

export const NO_RULES: CompletionRules = {
  minAttendancePercent: null,
  postTestPassPercent: null,
  reportsAccepted: false,
};

export const hasRules = (r: CompletionRules): boolean =>
  r.minAttendancePercent !== null || r.postTestPassPercent !== null || r.reportsAccepted;

/** The stored JSON, tolerant of rows written before a rule existed (missing keys are rules that do not apply). */
export function parseRules(json: string | null | undefined): CompletionRules {
  if (!json) return NO_RULES;
  const raw = JSON.parse(json) as Partial<CompletionRules>;
  return {
    minAttendancePercent: raw.minAttendancePercent ?? null,
    postTestPassPercent: raw.postTestPassPercent ?? null,
    reportsAccepted: raw.reportsAccepted ?? false,
  };
}

/** Checks rules as a coordinator sends them; every problem is reported with its field. */
export function validateRules(input: CompletionRules): CompletionRules {
  const problems: FieldProblem[] = [];
  const percent = (field: keyof CompletionRules, v: number | null) => {
    if (v === null) return;
    if (!Number.isFinite(v) || v < 0 || v > 100)
      problems.push({ field, reason: 'must be a percentage from 0 to 100, or null' });
  };
  percent('minAttendancePercent', input.minAttendancePercent);
  percent('postTestPassPercent', input.postTestPassPercent);
  if (problems.length)
    throw new DomainError('COMPLETION.INVALID_RULES', 'The completion rules are not valid', problems);
  return {
    minAttendancePercent: input.minAttendancePercent,
    postTestPassPercent: input.postTestPassPercent,
    reportsAccepted: input.reportsAccepted,
  };
}

/** One trainee's inputs, as the attendance, assessment and report features count them. */
export interface CompletionInputs {
  attendance: { sessions: number; ended: number; attended: number; excused: number };
  postTest: { exists: boolean; bestPercent: number | null; awaitingMarking: boolean };
  reports: { required: { id: string; title: string; kind: string }[]; accepted: ReadonlySet<string> };
}

export type RequirementKind = 'attendance' | 'post_test' | 'report';

/** One rule, for one trainee: met or not, and what stands. */
export interface Requirement {
  kind: RequirementKind;
  met: boolean;
  /** For a report stage: which. */
  stageId?: string;
  title?: string;
  /** What the rule asks, in its unit (percent for attendance and the post-test). */
  required?: number;
  /** What the trainee has, in the same unit; null when there is nothing yet. */
  actual?: number | null;
  /** Why it is not met, in a word a client can translate. */
  reason?:
    | 'below_threshold'
    | 'excused_from_all'
    | 'no_post_test'
    | 'not_taken'
    | 'awaiting_marking'
    | 'not_accepted';
}

export interface CompletionResult {
  /** True when every rule is met (and there is at least one rule). */
  met: boolean;
  requirements: Requirement[];
}

/** One decimal, the way people read a percentage (75.0, 66.7). */
const percentOf = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/**
 * Applies the rules to one trainee's inputs. Attendance counts every non-cancelled session of the programme,
 * including those still to come (so nobody completes before attending enough of it), minus the excused;
 * a programme without sessions meets an attendance rule, a trainee excused from all of them does not.
 */
export function evaluateRules(rules: CompletionRules, inputs: CompletionInputs): CompletionResult {
  const requirements: Requirement[] = [];
  if (rules.minAttendancePercent !== null) {
    const { sessions, attended, excused } = inputs.attendance;
    const counted = sessions - excused;
    if (sessions === 0) {
      requirements.push({
        kind: 'attendance',
        met: true,
        required: rules.minAttendancePercent,
        actual: null,
      });
    } else if (counted <= 0) {
      requirements.push({
        kind: 'attendance',
        met: false,
        required: rules.minAttendancePercent,
        actual: null,
        reason: 'excused_from_all',
      });
    } else {
      const actual = percentOf(attended, counted);
      const met = attended * 100 >= rules.minAttendancePercent * counted;
      requirements.push({
        kind: 'attendance',
        met,
        required: rules.minAttendancePercent,
        actual,
        ...(met ? {} : { reason: 'below_threshold' as const }),
      });
    }
  }
  if (rules.postTestPassPercent !== null) {
    const { exists, bestPercent, awaitingMarking } = inputs.postTest;
    const met = exists && bestPercent !== null && bestPercent >= rules.postTestPassPercent;
    const reason = met
      ? undefined
      : !exists
        ? ('no_post_test' as const)
        : awaitingMarking
          ? ('awaiting_marking' as const)
          : bestPercent === null
            ? ('not_taken' as const)
            : ('below_threshold' as const);
    requirements.push({
      kind: 'post_test',
      met,
      required: rules.postTestPassPercent,
      actual: bestPercent,
      ...(reason ? { reason } : {}),
    });
  }
  if (rules.reportsAccepted) {
    for (const stage of inputs.reports.required) {
      const met = inputs.reports.accepted.has(stage.id);
      requirements.push({
        kind: 'report',
        met,
        stageId: stage.id,
        title: stage.title,
        ...(met ? {} : { reason: 'not_accepted' as const }),
      });
    }
  }
  return { met: hasRules(rules) && requirements.every((r) => r.met), requirements };
}
