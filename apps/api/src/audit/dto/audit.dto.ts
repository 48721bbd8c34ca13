import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { AUDIT_ACTIONS } from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'must be a known audit action' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({ description: 'The id of the user, organisation or session acted on' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  targetId?: string;

  @ApiPropertyOptional({ description: 'From this instant (ISO 8601, inclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 instant' })
  from?: Date;

  @ApiPropertyOptional({ description: 'Before this instant (ISO 8601, exclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'must be an ISO 8601 instant' })
  to?: Date;
}

export class AuditEventResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty({ description: 'UTC' })
  occurredAt!: Date;

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: string;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' })
  actorId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  targetType!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  targetId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  ip!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  requestId!: string | null;

  @ApiPropertyOptional({ type: Object, nullable: true })
  details!: Record<string, unknown> | null;
}

export class AuditEventPage extends PageMeta {
  @ApiProperty({ type: [AuditEventResponse] })
  items!: AuditEventResponse[];
}
