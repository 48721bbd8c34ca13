import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** Input that breaks a rule of reports (422), every problem named at once. */
export const reportInvalid = (problems: FieldProblem[]) =>
  new DomainError('REPORT.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

export const reportFileRefused = (field: string, reason: string) =>
  new DomainError('REPORT.FILE_REFUSED', `The file is refused: ${reason}`, [{ field, reason }]);

export const reportFileTooLarge = (maxBytes: number) =>
  new DomainError('REPORT.TOO_LARGE', `A report file may be at most ${Math.floor(maxBytes / 1048576)} MiB`, [
    { field: 'body', reason: `must be at most ${maxBytes} bytes` },
  ]);

export const rubricInUse = () =>
  new DomainError(
    'REPORT.RUBRIC_IN_USE',
    'A review has used this rubric: it stays as it is so that the review history stays readable',
  );

export const stageHasSubmissions = () =>
  new DomainError('REPORT.HAS_SUBMISSIONS', 'The stage has submissions and cannot be deleted');

export const alreadyAccepted = () =>
  new DomainError('REPORT.ALREADY_ACCEPTED', 'This report was accepted: no more submissions are taken');

export const superseded = (latest: number) =>
  new DomainError('REPORT.SUPERSEDED', `Only the latest submission (version ${latest}) can be reviewed`);

export const alreadyReviewed = () =>
  new DomainError('REPORT.ALREADY_REVIEWED', 'This submission has its review already');
