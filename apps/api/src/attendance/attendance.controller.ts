import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AttendanceService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CsvBody } from '../users/csv-body.js';
import { AttendanceImportQuery, CheckInDto, SaveRosterDto, SyncDto } from './dto/attendance.dto.js';
import {
  AttendanceImportReportResponse,
  CheckInCodeResponse,
  CheckInResponse,
  MyAttendanceResponse,
  ProgrammeAttendanceResponse,
  SessionRosterResponse,
  SyncReportResponse,
  toCheckInCodeResponse,
  toCheckInResponse,
  toImportReportResponse,
  toMyAttendanceResponse,
  toProgrammeAttendanceResponse,
  toRosterResponse,
  toSyncReportResponse,
} from './dto/attendance.response.js';

/**
 * Attendance. A session's staff (the programme's coordinators and instructors, admins) take it: the
 * roster, an offline device's batch, a webinar's join/leave CSV, check-in codes; its trainees check in
 * with the code and read their own. Another programme's session is 404.
 */
@ApiTags('attendance')
@Authenticated()
@Controller()
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  /** Every attending trainee with their status (or unmarked), note, source and check-in time; counts. */
  @Get('sessions/:id/attendance')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: SessionRosterResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async roster(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toRosterResponse(await this.attendance.roster(caller, id));
  }

  /**
   * The roster (or part of it) in one request, all or nothing: each bad record named
   * (`records[2].userId`). From ATTENDANCE_MARK_LEAD_MIN before the start; never for a cancelled session.
   */
  @Put('sessions/:id/attendance')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: SessionRosterResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Cancelled, or not started yet' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async save(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SaveRosterDto,
    @Meta() meta: RequestMeta,
  ) {
    return toRosterResponse(await this.attendance.saveRoster(caller, id, dto.records, meta));
  }

  /**
   * Records taken offline on a device, reconciled per trainee: the latest instructor decision (by
   * recordedAt) wins; a check-in or automatic absence gives way. Applied, unchanged and conflicts.
   */
  @Post('sessions/:id/attendance/sync')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: SyncReportResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Cancelled, or not started yet' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async sync(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: SyncDto,
    @Meta() meta: RequestMeta,
  ) {
    const records = dto.records.map((r) => ({ ...r, recordedAt: new Date(r.recordedAt) }));
    return toSyncReportResponse(await this.attendance.sync(caller, id, dto.deviceId, records, meta));
  }

  /**
   * A webinar's attendance report (`text/csv`: email, join, leave; ISO 8601 with offset, or
   * `YYYY-MM-DD HH:mm[:ss]` in the session's zone). Minutes per trainee within the session; present from
   * thresholdPercent of it. Nothing is written on a dry run, nor (422) when a row is bad.
   */
  @Post('sessions/:id/attendance/import')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'instructor')
  @ApiConsumes('text/csv')
  @ApiBody({
    schema: {
      type: 'string',
      example: 'email,join,leave\ntrainee@kenshu.example,2026-12-10 16:02,2026-12-10 17:30\n',
    },
  })
  @ApiOkResponse({ type: AttendanceImportReportResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Cancelled, or not started yet' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Not CSV, wrong header, a bad row' })
  async importWebinar(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @CsvBody() file: Buffer,
    @Query() query: AttendanceImportQuery,
    @Meta() meta: RequestMeta,
  ) {
    const options = { thresholdPercent: query.thresholdPercent, dryRun: query.dryRun ?? false };
    return toImportReportResponse(await this.attendance.importWebinar(caller, id, file, options, meta));
  }

  /** A new self check-in code (the previous one stops working), valid in the session's check-in window. */
  @Post('sessions/:id/check-in-codes')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiCreatedResponse({ type: CheckInCodeResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Cancelled, or its check-in window has closed' })
  async createCode(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ) {
    return toCheckInCodeResponse(await this.attendance.createCheckInCode(caller, id, meta));
  }

  /** The current code's check-in URL as a QR code (SVG), to show in the room. */
  @Get('sessions/:id/check-in-codes/current.svg')
  @Roles('admin', 'coordinator', 'instructor')
  @Header('content-type', 'image/svg+xml')
  @Header('cache-control', 'no-store')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'An SVG image', schema: { type: 'string' } })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No session, or no current code' })
  currentCode(@Caller() caller: Principal, @Param('id', UuidPipe) id: string): Promise<string> {
    return this.attendance.currentCodeSvg(caller, id);
  }

  /**
   * A trainee checks in with the code shown: present, or late after ATTENDANCE_LATE_GRACE_MIN. Refused
   * outside the window, with a wrong code (throttled), twice, or over a decision staff already took.
   */
  @Post('sessions/:id/check-ins')
  @Roles('trainee')
  @ApiCreatedResponse({ type: CheckInResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Closed, already checked in, or already recorded' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Wrong code' })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  async checkIn(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CheckInDto,
    @Meta() meta: RequestMeta,
  ) {
    return toCheckInResponse(await this.attendance.checkIn(caller, id, dto.code, meta));
  }

  /** The caller's own attendance in the programme, times in their zone and the host's. Trainees only. */
  @Get('programmes/:id/attendance/me')
  @ApiOkResponse({ type: MyAttendanceResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  async mine(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toMyAttendanceResponse(await this.attendance.mine(caller, id));
  }

  /** Per trainee attended/total and rate, per session counts and rate: for the programme's staff. */
  @Get('programmes/:id/attendance')
  @Roles('admin', 'coordinator', 'instructor')
  @ApiOkResponse({ type: ProgrammeAttendanceResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async summary(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toProgrammeAttendanceResponse(await this.attendance.programmeSummary(caller, id));
  }
}
