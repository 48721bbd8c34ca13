import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** Fields break a rule of attendance (422), every problem named at once (`records[2].userId`). */
export const attendanceInvalid = (problems: FieldProblem[]) =>
  new DomainError(
    'ATTENDANCE.INVALID',
    problems
      .slice(0, 20)
      .map((p) => `${p.field} ${p.reason}`)
      .join('; '),
    problems,
  );

export const sessionCancelled = () =>
  new DomainError('ATTENDANCE.SESSION_CANCELLED', 'The session is cancelled: it takes no attendance');

export const notStarted = (opensAt: Date) =>
  new DomainError(
    'ATTENDANCE.NOT_STARTED',
    `Attendance can be taken from ${opensAt.toISOString()} (shortly before the session starts)`,
  );

export const checkInClosed = (from: Date | null, until: Date | null) =>
  new DomainError(
    'ATTENDANCE.CHECK_IN_CLOSED',
    from && until
      ? `Check-in is open from ${from.toISOString()} to ${until.toISOString()}`
      : 'Check-in is not open for this session',
  );

export const checkInInvalid = () =>
  new DomainError('ATTENDANCE.CHECK_IN_INVALID', 'The check-in code is not valid for this session', [
    { field: 'code', reason: 'is not the code of this session' },
  ]);

export const alreadyCheckedIn = () =>
  new DomainError('ATTENDANCE.ALREADY_CHECKED_IN', 'You have already checked in to this session');

export const alreadyRecorded = () =>
  new DomainError(
    'ATTENDANCE.ALREADY_RECORDED',
    'Your attendance at this session has already been recorded by its staff',
  );
