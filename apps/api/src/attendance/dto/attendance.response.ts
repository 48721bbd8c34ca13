import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTENDANCE_SOURCES,
  ATTENDANCE_STATUSES,
  type AttendanceImportReport,
  type AttendanceSource,
  type AttendanceStatus,
  type CheckInCodeView,
  type CheckInView,
  type MyAttendanceView,
  type ProgrammeAttendanceView,
  type SessionRosterView,
  type SyncReport,
} from '@kenshu/domain';

const MARKS = [...ATTENDANCE_STATUSES, 'unmarked'] as const;

export class AttendanceCountsResponse {
  @ApiProperty() present!: number;
  @ApiProperty() late!: number;
  @ApiProperty() absent!: number;
  @ApiProperty() excused!: number;
  @ApiProperty() unmarked!: number;
  @ApiProperty({ description: 'Attending trainees' }) total!: number;
}

export class AttendanceEntryResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: MARKS }) status!: AttendanceStatus | 'unmarked';
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ enum: ATTENDANCE_SOURCES, nullable: true }) source!: AttendanceSource | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) recordedAt!: Date | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) checkedInAt!: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) minutesAttended!: number | null;
}

export class SessionRosterResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'scheduled' }) sessionStatus!: string;
  @ApiProperty({ description: 'UTC' }) startsAt!: Date;
  @ApiProperty({ description: 'UTC' }) endsAt!: Date;
  @ApiProperty({ example: 'Asia/Tokyo' }) timeZone!: string;
  @ApiProperty({ type: AttendanceCountsResponse }) counts!: AttendanceCountsResponse;
  @ApiProperty({ type: [AttendanceEntryResponse] }) trainees!: AttendanceEntryResponse[];
}

export class CheckInCodeResponse {
  @ApiProperty({ example: 'K7Q3XP' }) code!: string;
  @ApiProperty({ description: 'UTC' }) validFrom!: Date;
  @ApiProperty({ description: 'UTC' }) validUntil!: Date;
  @ApiProperty({ example: 'https://kenshu.example/check-in/…?code=K7Q3XP' }) checkInUrl!: string;
}

export class CheckInResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ enum: ['present', 'late'] }) status!: 'present' | 'late';
  @ApiProperty({ description: 'UTC' }) checkedInAt!: Date;
}

export class DecisionResponse {
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ enum: ATTENDANCE_SOURCES }) source!: AttendanceSource;
  @ApiProperty({ description: 'UTC' }) recordedAt!: Date;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) recordedBy!: string | null;
}

export class SyncConflictResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ enum: ['incoming', 'existing'], description: 'Which decision stands' })
  kept!: 'incoming' | 'existing';
  @ApiProperty({ type: DecisionResponse }) incoming!: DecisionResponse;
  @ApiProperty({ type: DecisionResponse }) existing!: DecisionResponse;
}

class AppliedResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ enum: ATTENDANCE_STATUSES }) status!: AttendanceStatus;
}

export class SyncReportResponse {
  @ApiProperty() deviceId!: string;
  @ApiProperty({ type: [AppliedResponse] }) applied!: AppliedResponse[];
  @ApiProperty({ type: [String], description: 'Trainees whose record was there already' })
  unchanged!: string[];
  @ApiProperty({ type: [SyncConflictResponse] }) conflicts!: SyncConflictResponse[];
}

class ImportedTraineeResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ description: 'Within the session, overlaps counted once' }) minutes!: number;
  @ApiProperty({ enum: ['present', 'absent'] }) status!: 'present' | 'absent';
  @ApiProperty({ enum: ['applied', 'unchanged', 'lost'] }) outcome!: 'applied' | 'unchanged' | 'lost';
}

class BadRowResponse {
  @ApiProperty() line!: number;
  @ApiProperty({ example: 'join' }) field!: string;
  @ApiProperty() reason!: string;
}

export class AttendanceImportReportResponse {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() written!: boolean;
  @ApiProperty() thresholdPercent!: number;
  @ApiProperty() sessionMinutes!: number;
  @ApiProperty({ type: [ImportedTraineeResponse] }) trainees!: ImportedTraineeResponse[];
  @ApiProperty({ type: [String] }) unknownEmails!: string[];
  @ApiProperty({ type: [BadRowResponse] }) badRows!: BadRowResponse[];
  @ApiProperty({ description: 'Attending trainees not in the file (left as they are)' }) notInFile!: number;
}

class ZonedResponse {
  @ApiProperty({ example: '2026-12-10T16:00:00+09:00' }) dateTime!: string;
  @ApiProperty({ example: 'Asia/Tokyo' }) zone!: string;
}

class TimeResponse {
  @ApiProperty() utc!: string;
  @ApiProperty({ type: ZonedResponse, description: 'In the trainee’s zone' }) local!: ZonedResponse;
  @ApiProperty({ type: ZonedResponse, description: 'In the host’s zone' }) host!: ZonedResponse;
}

class TallyResponse {
  @ApiProperty() sessions!: number;
  @ApiProperty() ended!: number;
  @ApiProperty() attended!: number;
  @ApiProperty() excused!: number;
}

class MySessionResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() cancelled!: boolean;
  @ApiProperty({ type: TimeResponse }) start!: TimeResponse;
  @ApiProperty({ type: TimeResponse }) end!: TimeResponse;
  @ApiProperty({ enum: MARKS }) status!: AttendanceStatus | 'unmarked';
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ enum: ATTENDANCE_SOURCES, nullable: true }) source!: AttendanceSource | null;
  @ApiPropertyOptional({ type: TimeResponse, nullable: true }) checkedInAt!: TimeResponse | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) minutesAttended!: number | null;
}

export class MyAttendanceResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ example: 'Asia/Kolkata' }) timeZone!: string;
  @ApiProperty({ example: 'Asia/Tokyo' }) hostTimeZone!: string;
  @ApiProperty({ type: TallyResponse }) tally!: TallyResponse;
  @ApiProperty({ type: [MySessionResponse] }) sessions!: MySessionResponse[];
}

class SessionSummaryResponse {
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'UTC' }) startsAt!: Date;
  @ApiProperty() ended!: boolean;
  @ApiProperty({ type: AttendanceCountsResponse }) counts!: AttendanceCountsResponse;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Present or late, 0–1; null until it ends',
  })
  rate!: number | null;
}

class TraineeSummaryResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ description: 'Present or late' }) attended!: number;
  @ApiProperty() excused!: number;
  @ApiProperty({ description: 'Sessions that have ended' }) total!: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'attended / total, 0–1' })
  rate!: number | null;
}

export class ProgrammeAttendanceResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ type: [SessionSummaryResponse] }) sessions!: SessionSummaryResponse[];
  @ApiProperty({ type: [TraineeSummaryResponse] }) trainees!: TraineeSummaryResponse[];
}

// ---- mappers: the services' views, field by field ------------------------------------------------

export const toRosterResponse = (v: SessionRosterView): SessionRosterResponse => ({
  ...v,
  counts: { ...v.counts },
  trainees: v.trainees.map((t) => ({ ...t })),
});

export const toCheckInCodeResponse = (v: CheckInCodeView): CheckInCodeResponse => ({ ...v });

export const toCheckInResponse = (v: CheckInView): CheckInResponse => ({ ...v });

export const toSyncReportResponse = (v: SyncReport): SyncReportResponse => ({
  deviceId: v.deviceId,
  applied: v.applied.map((a) => ({ ...a })),
  unchanged: [...v.unchanged],
  conflicts: v.conflicts.map((c) => ({ ...c, incoming: { ...c.incoming }, existing: { ...c.existing } })),
});

export const toImportReportResponse = (v: AttendanceImportReport): AttendanceImportReportResponse => ({
  ...v,
  trainees: v.trainees.map((t) => ({ ...t })),
  badRows: v.badRows.map((b) => ({ ...b })),
});

export const toMyAttendanceResponse = (v: MyAttendanceView): MyAttendanceResponse => ({
  ...v,
  tally: { ...v.tally },
  sessions: v.sessions.map((s) => ({ ...s })),
});

export const toProgrammeAttendanceResponse = (v: ProgrammeAttendanceView): ProgrammeAttendanceResponse => ({
  programmeId: v.programmeId,
  sessions: v.sessions.map((s) => ({ ...s, counts: { ...s.counts } })),
  trainees: v.trainees.map((t) => ({ ...t })),
});
