import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorCode, FieldProblem } from '@kenshu/domain';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Codes the transport adds for errors that never reach a service. */
export type TransportErrorCode =
  | 'HTTP.BAD_REQUEST'
  | 'HTTP.UNAUTHORIZED'
  | 'HTTP.FORBIDDEN'
  | 'HTTP.NOT_FOUND'
  | 'HTTP.METHOD_NOT_ALLOWED'
  | 'HTTP.PAYLOAD_TOO_LARGE'
  | 'HTTP.UNSUPPORTED_MEDIA_TYPE'
  | 'HTTP.TOO_MANY_REQUESTS'
  | 'HTTP.SERVICE_UNAVAILABLE'
  | 'HTTP.ERROR'
  | 'REQUEST.VALIDATION'
  | 'INTERNAL';

export class FieldProblemDto implements FieldProblem {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'must be an email address' })
  reason!: string;
}

/** RFC 9457 problem details, with Kenshu's `code`, the fields at fault and the request id. */
export class ProblemDto {
  @ApiProperty({ example: 'urn:kenshu:problem:request.validation' })
  type!: string;

  @ApiProperty({ example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiProperty({ example: '/api/v1/auth/password-reset' })
  instance!: string;

  @ApiProperty({ example: 'REQUEST.VALIDATION' })
  code!: ErrorCode | TransportErrorCode;

  @ApiPropertyOptional({ type: [FieldProblemDto] })
  errors?: FieldProblemDto[];

  @ApiProperty()
  requestId!: string;
}

export const problemType = (code: string) => `urn:kenshu:problem:${code.toLowerCase()}`;
