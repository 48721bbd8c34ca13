import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** Input that breaks a rule of surveys (422), every problem named at once. */
export const surveyInvalid = (problems: FieldProblem[]) =>
  new DomainError('SURVEY.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

export const noQuestions = () =>
  new DomainError('SURVEY.NO_QUESTIONS', 'A survey without questions cannot be opened', [
    { field: 'questions', reason: 'must have at least one question' },
  ]);

export const surveyNotDraft = (status: string) =>
  new DomainError('SURVEY.INVALID_TRANSITION', `The survey is ${status}`, [
    { field: 'status', reason: `is ${status}` },
  ]);

export const surveyNotOpen = (opensAt: Date | null) =>
  new DomainError(
    'SURVEY.NOT_OPEN',
    opensAt ? `The survey opens at ${opensAt.toISOString()}` : 'The survey is not open yet',
  );

export const surveyClosed = () => new DomainError('SURVEY.CLOSED', 'The survey is closed: no more answers');

export const alreadyAnswered = () =>
  new DomainError('SURVEY.ALREADY_ANSWERED', 'This invitation has answered the survey already');
