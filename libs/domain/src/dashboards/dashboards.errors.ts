import { DomainError } from '../common/domain-error.js';

export const exportTooLarge = (participants: number, max: number) =>
  new DomainError(
    'EXPORT.TOO_LARGE',
    `The programme has ${participants} participants: exports of more than ${max} are made as a file (POST …/exports)`,
    [{ field: 'kind', reason: `is streamed here for at most ${max} participants; ask for a file instead` }],
  );

export const exportNotReady = (status: string) =>
  new DomainError('EXPORT.NOT_READY', `The export is ${status}: its file is not ready`);
