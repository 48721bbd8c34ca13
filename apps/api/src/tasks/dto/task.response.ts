import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  DEFAULT_TASK_DAYS,
  MAX_TASK_DAYS,
  ROSTER_FORMATS,
  ROSTER_LANGUAGES,
  TASK_KINDS,
  type TaskKind,
  type TaskState,
  type TaskView,
} from '@kenshu/domain';

export class TaskQuery {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_TASK_DAYS,
    default: DEFAULT_TASK_DAYS,
    description: 'Tasks due up to this many days ahead (open overdue ones always)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_TASK_DAYS)
  days?: number;
}

class TaskProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
}

class TaskSubjectResponse {
  @ApiProperty({ enum: ['session'] }) type!: 'session';
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

class TaskActionResponse {
  @ApiProperty({ enum: ['GET', 'POST'] }) method!: 'GET' | 'POST';
  @ApiProperty({ example: '/api/v1/sessions/0b4c…/roster' }) href!: string;
}

class TaskFacilityResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class RosterDownloadResponse {
  @ApiProperty() at!: Date;
  @ApiProperty({ enum: ROSTER_FORMATS }) format!: 'csv' | 'pdf';
  @ApiProperty({ enum: ROSTER_LANGUAGES }) language!: 'ja' | 'en';
  @ApiProperty({ description: 'Visitors on the roster then' }) visitors!: number;
}

class RosterTaskResponse {
  @ApiPropertyOptional({ type: TaskFacilityResponse, nullable: true }) facility!: TaskFacilityResponse | null;
  @ApiProperty({ example: '2026-10-06', description: 'The visit’s (first) day in the host’s zone' })
  visitOn!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'UTC; null for an all-day visit' })
  startsAt!: Date | null;
  @ApiProperty({ description: 'Trainees who will visit (invited or active) now' }) visitors!: number;
  @ApiPropertyOptional({ type: RosterDownloadResponse, nullable: true })
  lastDownload!: RosterDownloadResponse | null;
}

export class TaskResponse {
  @ApiProperty({ example: 'site_visit_roster:0b4c…' }) id!: string;
  @ApiProperty({ enum: TASK_KINDS }) kind!: TaskKind;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-09-22', description: 'In `timeZone`' }) dueOn!: string;
  @ApiProperty({ example: 'Asia/Tokyo' }) timeZone!: string;
  @ApiProperty({ description: 'Calendar days to the due date there; negative once past' }) daysLeft!: number;
  @ApiProperty({ enum: ['overdue', 'due', 'upcoming', 'done'] }) state!: TaskState;
  @ApiProperty({ type: TaskProgrammeResponse }) programme!: TaskProgrammeResponse;
  @ApiProperty({ type: TaskSubjectResponse }) subject!: TaskSubjectResponse;
  @ApiProperty({ type: TaskActionResponse }) action!: TaskActionResponse;
  @ApiPropertyOptional({ type: RosterTaskResponse, description: 'For site_visit_roster' })
  roster?: RosterTaskResponse;
}

export const toTaskResponse = (t: TaskView): TaskResponse => ({ ...t });
