import { DomainError } from '../common/domain-error.js';

/** The enrolment has not (or not yet) been completed: no certificate. */
export const notCompleted = (status: string) =>
  new DomainError('CERTIFICATE.NOT_COMPLETED', `The enrolment is ${status}, not completed`, [
    { field: 'enrolmentId', reason: `the enrolment is ${status}, not completed` },
  ]);

/** 410: the certificate exists but was revoked. Says nothing about whose it was. */
export const certificateRevoked = () =>
  new DomainError('CERTIFICATE.REVOKED', 'This certificate was revoked and is no longer valid');

export const alreadyRevoked = () =>
  new DomainError('CERTIFICATE.ALREADY_REVOKED', 'The certificate is already revoked');

export const fileMissing = () =>
  new DomainError('CERTIFICATE.FILE_MISSING', 'The certificate has no stored PDF');
