import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** A field breaks a rule of assessments (422), every problem named at once. */
export const assessmentInvalid = (problems: FieldProblem[]) =>
  new DomainError('ASSESSMENT.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

export const notOpenYet = (opensAt: Date) =>
  new DomainError('ASSESSMENT.NOT_OPEN', `The assessment opens at ${opensAt.toISOString()}`);

export const assessmentClosed = (closesAt: Date) =>
  new DomainError('ASSESSMENT.CLOSED', `The assessment closed at ${closesAt.toISOString()}`);

export const noAttemptsLeft = (allowed: number) =>
  new DomainError('ASSESSMENT.NO_ATTEMPTS_LEFT', `Every attempt allowed (${allowed}) has been used`);

export const deadlinePassed = (deadline: Date) =>
  new DomainError(
    'ASSESSMENT.DEADLINE_PASSED',
    `The attempt's time ran out at ${deadline.toISOString()}; it was graded as it stood`,
  );

export const attemptSubmitted = () =>
  new DomainError('ASSESSMENT.ATTEMPT_SUBMITTED', 'The attempt is submitted; its answers no longer change');

export const questionInUse = (fields: string[]) =>
  new DomainError(
    'ASSESSMENT.QUESTION_IN_USE',
    'The question has submitted answers: a change that alters grading goes through a key correction ' +
      '(POST /assessment-questions/{id}/key-correction, which regrades them), or retire it and add a new one',
    fields.map((field) => ({ field, reason: 'changes how submitted answers are graded' })),
  );

export const kindTaken = (kind: string) =>
  new DomainError('ASSESSMENT.KIND_TAKEN', `The programme already has a ${kind.replace('_', '-')}`, [
    { field: 'kind', reason: `a programme has one ${kind}` },
  ]);

export const hasAttempts = (field: string) =>
  new DomainError('ASSESSMENT.HAS_ATTEMPTS', 'Trainees have attempted it: its questions no longer change', [
    { field, reason: 'is fixed once an attempt exists' },
  ]);
