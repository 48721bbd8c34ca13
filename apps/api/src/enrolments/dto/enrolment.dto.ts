import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@kenshu/domain';
import { PageQuery } from '../../common/page.dto.js';
import { oneOf } from '../../common/validators.js';

export class EnrolDto {
  @ApiProperty({ format: 'uuid', description: 'A trainee account' })
  @IsUUID('all', { message: 'must be a UUID' })
  userId!: string;
}

export class ChangeEnrolmentStatusDto {
  @ApiProperty({
    enum: ENROLMENT_STATUSES,
    description:
      'waitlisted → withdrawn; invited → active | withdrawn; active → completed | withdrawn | not_completed. ' +
      'A trainee may only withdraw themself.',
  })
  @IsIn(ENROLMENT_STATUSES, oneOf(ENROLMENT_STATUSES))
  status!: EnrolmentStatus;

  @ApiPropertyOptional({ maxLength: 500, description: 'Kept in the audit log' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class EnrolmentQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES, oneOf(ENROLMENT_STATUSES))
  status?: EnrolmentStatus;
}
