import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, MaxLength } from 'class-validator';
import {
  SESSION_KINDS,
  SESSION_STATUSES,
  type CalendarFeedLink,
  type ProgrammeCalendar,
  type Schedule,
  type SessionKind,
  type SessionStatus,
} from '@kenshu/domain';

const DATE = { strict: true, strictSeparator: true };

export class ScheduleQuery {
  @ApiPropertyOptional({
    example: '2026-10-01',
    description: 'First date, in your own zone (default: 7 days before today)',
  })
  @IsOptional()
  @IsISO8601(DATE, { message: 'must be a date such as 2026-10-01' })
  @MaxLength(10, { message: 'must be a date such as 2026-10-01' })
  from?: string;

  @ApiPropertyOptional({
    example: '2026-10-31',
    description: 'Last date, inclusive (default: 120 days in all; at most 366 days after from)',
  })
  @IsOptional()
  @IsISO8601(DATE, { message: 'must be a date such as 2026-10-31' })
  @MaxLength(10, { message: 'must be a date such as 2026-10-31' })
  to?: string;
}

export class ZonedDateTimeResponse {
  @ApiProperty({ example: '2026-10-06T06:00:00+05:30', description: 'Wall-clock time with its offset' })
  dateTime!: string;
  @ApiProperty({ example: 'Asia/Kolkata', description: 'IANA time zone' }) zone!: string;
}

export class TimePointResponse {
  @ApiProperty({ example: '2026-10-06T00:30:00.000Z' }) utc!: string;
  @ApiProperty({ type: ZonedDateTimeResponse, description: 'In your own zone' })
  local!: ZonedDateTimeResponse;
  @ApiProperty({ type: ZonedDateTimeResponse, description: 'In the programme’s host zone' })
  host!: ZonedDateTimeResponse;
}

export class ScheduleProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MOEJ-2026-WM' }) code!: string;
  @ApiProperty() title!: string;
}

export class ScheduleLocationResponse {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Room 501, Tokyo Metropolitan Government' })
  room!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: 'For site visits' })
  facilityId!: string | null;
}

/** A timed item has `start` and `end`; an all-day one `allDay: true` with `from` and `to` dates. */
export class ScheduleItemResponse {
  @ApiProperty({ format: 'uuid', description: 'The session' }) id!: string;
  @ApiProperty({ type: ScheduleProgrammeResponse }) programme!: ScheduleProgrammeResponse;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: SESSION_STATUSES, description: 'Cancelled sessions stay, so that people see it' })
  status!: SessionStatus;
  @ApiProperty({
    enum: ['manage', 'teach', 'attend'],
    description: 'Your relation to the programme: coordinator, instructor or trainee',
  })
  access!: 'manage' | 'teach' | 'attend';
  @ApiProperty({ description: 'You are one of its instructors' }) teaching!: boolean;
  @ApiProperty({ type: ScheduleLocationResponse }) location!: ScheduleLocationResponse;
  @ApiProperty({ description: 'All-day items have dates, the same in every zone, and no times' })
  allDay!: boolean;
  @ApiPropertyOptional({ type: TimePointResponse, nullable: true }) start!: TimePointResponse | null;
  @ApiPropertyOptional({ type: TimePointResponse, nullable: true }) end!: TimePointResponse | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-07', description: 'All-day items' })
  from!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-08', description: 'Inclusive' })
  to!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Webinars; not for cancelled sessions',
  })
  meetingUrl!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) dialIn!: string | null;
}

export class ScheduleResponse {
  @ApiProperty({ example: 'Asia/Kolkata', description: 'Your zone: the one of every `local`' })
  timeZone!: string;
  @ApiProperty({ example: '2026-09-24', description: 'The window, in your zone' }) from!: string;
  @ApiProperty({ example: '2027-01-21', description: 'Inclusive' }) to!: string;
  @ApiProperty({ type: [ScheduleItemResponse] }) items!: ScheduleItemResponse[];
}

export class CalendarProgrammeResponse extends ScheduleProgrammeResponse {
  @ApiProperty({ example: 'Asia/Tokyo' }) hostTimeZone!: string;
}

export class ProgrammeCalendarResponse {
  @ApiProperty({ type: CalendarProgrammeResponse }) programme!: CalendarProgrammeResponse;
  @ApiProperty({ example: 'Asia/Tokyo', description: 'Your zone: the one of every `local`' })
  timeZone!: string;
  @ApiProperty({ type: [ScheduleItemResponse] }) items!: ScheduleItemResponse[];
}

export class CalendarFeedResponse {
  @ApiProperty({
    example: 'https://kenshu.example/api/v1/calendar/3q2-7wQk…x8.ics',
    description: 'Secret: whoever has it reads your schedule. Rotate it if it leaks.',
  })
  url!: string;
  @ApiProperty({ example: 'webcal://kenshu.example/api/v1/calendar/3q2-7wQk…x8.ics' }) webcalUrl!: string;
  @ApiProperty({ description: 'UTC' }) createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'UTC; the last rotation' })
  rotatedAt!: Date | null;
}

/** The service's views are already the responses' shapes; these name them as such. */
export const toScheduleResponse = (s: Schedule): ScheduleResponse => s;
export const toProgrammeCalendarResponse = (c: ProgrammeCalendar): ProgrammeCalendarResponse => c;

/** The feed's URL under the public base URL (and the API's prefix, api/v1); webcal: makes calendar apps subscribe on a click. */
export function toCalendarFeedResponse(link: CalendarFeedLink, publicUrl: string): CalendarFeedResponse {
  const url = `${publicUrl}/api/v1/calendar/${link.token}.ics`;
  return {
    url,
    webcalUrl: url.replace(/^https?:/, 'webcal:'),
    createdAt: link.createdAt,
    rotatedAt: link.rotatedAt,
  };
}
