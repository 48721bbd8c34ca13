import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENROLMENT_STATUSES,
  PROGRAMME_STATUSES,
  USER_STATUSES,
  type EnrolmentStatus,
  type EnrolmentView,
  type MyEnrolmentView,
  type ProgrammeStatus,
  type UserStatus,
} from '@kenshu/domain';
import { PageMeta } from '../../common/page.dto.js';

export class EnrolledOrganisationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Ministry of Climate Change, Environment and Energy' }) name!: string;
  @ApiProperty({ example: 'MV', description: 'ISO 3166-1 alpha-2' }) country!: string;
}

export class EnrolledTraineeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Aminath Shifaza' }) displayName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ example: 'dv', description: 'BCP 47' }) locale!: string;
  @ApiProperty({ example: 'Indian/Maldives', description: 'IANA time zone' }) timeZone!: string;
  @ApiPropertyOptional({ type: EnrolledOrganisationResponse, nullable: true })
  organisation!: EnrolledOrganisationResponse | null;
  @ApiProperty({ enum: USER_STATUSES, description: 'invited until they open their account' })
  accountStatus!: UserStatus;
}

/**
 * `invited`: enrolled with a place, waiting for the trainee to accept (or a coordinator to set them
 * active); `active`: taking part; `waitlisted`: no place yet, moves up when one frees; `completed`,
 * `not_completed`, `withdrawn`: final.
 */
export class EnrolmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'UTC; when they joined the waiting list' })
  waitlistedAt!: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '1 = the next to move up' })
  waitlistPosition!: number | null;
  @ApiProperty({ type: EnrolledTraineeResponse }) trainee!: EnrolledTraineeResponse;
  @ApiProperty({ description: 'UTC' }) createdAt!: Date;
  @ApiProperty({ description: 'UTC' }) updatedAt!: Date;
}

export class EnrolmentPage extends PageMeta {
  @ApiProperty({ type: [EnrolmentResponse] })
  items!: EnrolmentResponse[];
}

export class EnrolledProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'MOEJ-2026-WM' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: PROGRAMME_STATUSES }) status!: ProgrammeStatus;
  @ApiProperty({ example: 'Asia/Tokyo' }) hostTimeZone!: string;
}

export class MyEnrolmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status!: EnrolmentStatus;
  @ApiPropertyOptional({ type: Date, nullable: true }) waitlistedAt!: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '1 = the next to move up' })
  waitlistPosition!: number | null;
  @ApiProperty({ type: EnrolledProgrammeResponse }) programme!: EnrolledProgrammeResponse;
  @ApiProperty({ description: 'UTC' }) createdAt!: Date;
  @ApiProperty({ description: 'UTC' }) updatedAt!: Date;
}

export class MyEnrolmentPage extends PageMeta {
  @ApiProperty({ type: [MyEnrolmentResponse] })
  items!: MyEnrolmentResponse[];
}

export class EnrolmentImportRowResponse {
  @ApiProperty({ description: 'Data row, from 1' }) row!: number;
  @ApiProperty({ description: 'The line of the file the row starts on' }) line!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({
    enum: ['enrolled', 'waitlisted', 'skipped'],
    description: 'enrolled: with a place (status invited); waitlisted: on the waiting list',
  })
  outcome!: 'enrolled' | 'waitlisted' | 'skipped';
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ format: 'uuid' }) userId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) enrolmentId?: string;
  @ApiPropertyOptional({ description: 'A new invited trainee account was made (and its invitation sent)' })
  accountCreated?: boolean;
}

export class EnrolmentImportReportResponse {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty() enrolled!: number;
  @ApiProperty() waitlisted!: number;
  @ApiProperty() skipped!: number;
  @ApiProperty() accountsCreated!: number;
  @ApiProperty({ type: [EnrolmentImportRowResponse] }) rows!: EnrolmentImportRowResponse[];
}

/** The views are already the responses' shapes; these name the fields that leave, and nothing else. */
export const toEnrolmentResponse = (e: EnrolmentView): EnrolmentResponse => ({
  id: e.id,
  programmeId: e.programmeId,
  status: e.status,
  waitlistedAt: e.waitlistedAt,
  waitlistPosition: e.waitlistPosition,
  trainee: { ...e.trainee, organisation: e.trainee.organisation && { ...e.trainee.organisation } },
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

export const toMyEnrolmentResponse = (e: MyEnrolmentView): MyEnrolmentResponse => ({
  id: e.id,
  status: e.status,
  waitlistedAt: e.waitlistedAt,
  waitlistPosition: e.waitlistPosition,
  programme: { ...e.programme },
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});
