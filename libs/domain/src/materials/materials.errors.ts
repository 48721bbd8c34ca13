import { DomainError, type FieldProblem } from '../common/domain-error.js';

/** A field breaks a rule of materials (422), every problem named at once. */
export const materialInvalid = (problems: FieldProblem[]) =>
  new DomainError('MATERIAL.INVALID', problems.map((p) => `${p.field} ${p.reason}`).join('; '), problems);

/** The uploaded file is not one Kenshu keeps (type, content, name); nothing was stored. */
export const fileRefused = (field: string, reason: string) =>
  new DomainError('MATERIAL.FILE_REFUSED', `The file is refused: ${reason}`, [{ field, reason }]);

export const fileTooLarge = (maxBytes: number, category: string) =>
  new DomainError(
    'MATERIAL.TOO_LARGE',
    `A ${category} may be at most ${Math.floor(maxBytes / (1024 * 1024))} MiB`,
    [{ field: 'body', reason: `must be at most ${maxBytes} bytes for a ${category}` }],
  );

export const wrongKind = (kind: string, expected: string) =>
  new DomainError('MATERIAL.WRONG_KIND', `The material is a ${kind}, not a ${expected}`, [
    { field: 'kind', reason: `is ${kind}` },
  ]);

/** 416; the response names the size (`Content-Range: bytes *\/<size>`), as RFC 9110 asks. */
export class RangeNotSatisfiable extends DomainError {
  constructor(readonly size: number) {
    super('MATERIAL.RANGE_NOT_SATISFIABLE', `The file has ${size} bytes`, [
      { field: 'range', reason: `must fall within 0-${Math.max(size - 1, 0)}` },
    ]);
  }
}

export const rangeNotSatisfiable = (size: number) => new RangeNotSatisfiable(size);

export const linkInvalid = () =>
  new DomainError('MATERIAL.LINK_INVALID', 'The download link is not valid or has expired');

export const bundleNotReady = () =>
  new DomainError('MATERIAL.BUNDLE_NOT_READY', 'The bundle is being built; try again in a minute');
