import { DomainError } from '../common/domain-error.js';

/** Only a site visit has visitors for a host. */
export const notASiteVisit = (title: string, kind: string) =>
  new DomainError(
    'ROSTER.NOT_A_SITE_VISIT',
    `“${title}” is a ${kind.replace('_', ' ')}, not a site visit: only a site visit has a visitor roster`,
    [{ field: 'kind', reason: `is ${kind}; a roster needs a site_visit` }],
  );

export const visitCancelled = (title: string) =>
  new DomainError('ROSTER.VISIT_CANCELLED', `The site visit “${title}” is cancelled: it has no roster`, [
    { field: 'status', reason: 'is cancelled' },
  ]);

/** Before the due date: when it will be available, on the host's calendar. */
export const rosterNotDue = (
  title: string,
  due: { dueOn: string; visitOn: string; dueDays: number; timeZone: string },
) =>
  new DomainError(
    'ROSTER.NOT_DUE',
    `The roster of “${title}” is available from ${due.dueOn} (${due.timeZone}), ` +
      `${due.dueDays === 0 ? 'the day of the visit' : `${due.dueDays} ${due.dueDays === 1 ? 'day' : 'days'} before the visit on ${due.visitOn}`}, ` +
      'when the host wants it: a list sent earlier would miss later changes',
    [{ field: 'availableFrom', reason: `${due.dueOn} in ${due.timeZone}` }],
  );
