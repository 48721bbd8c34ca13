import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FACILITY_KINDS,
  FACILITY_STATUSES,
  HOST_RULES,
  type BrokenRule,
  type FacilityKind,
  type FacilityStatus,
  type FacilityView,
  type HostRule,
  type VisitCheck,
} from '@kenshu/domain';
import { OrganisationResponse, toOrganisationResponse } from '../../users/dto/user.response.js';

export class FacilityResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Shin-Koto Incineration Plant' })
  name!: string;

  @ApiProperty({ enum: FACILITY_KINDS })
  kind!: FacilityKind;

  @ApiPropertyOptional({ type: OrganisationResponse, nullable: true })
  hostOrganisation!: OrganisationResponse | null;

  @ApiProperty({ example: '14-1-2 Shiomi, Koto-ku, Tokyo 135-0052' })
  address!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 35.657 })
  latitude!: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 139.816 })
  longitude!: number | null;

  @ApiProperty({ example: 'Asia/Tokyo', description: "The host's IANA zone" })
  timeZone!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  contactName!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  contactEmail!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  contactPhone!: string | null;

  @ApiProperty({ example: 40 })
  capacity!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 20 })
  overseasCapacity!: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  safetyNotes!: string | null;

  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5], description: 'ISO weekdays, 1 = Monday' })
  allowedWeekdays!: number[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '09:30', description: 'Host time' })
  earliestStart!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '15:00', description: 'Host time' })
  latestStart!: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 90 })
  typicalDurationMin!: number | null;

  @ApiProperty({ example: 14 })
  rosterDueDays!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 15 })
  visitorsPerInterpreter!: number | null;

  @ApiProperty({ enum: FACILITY_STATUSES })
  status!: FacilityStatus;

  @ApiProperty({ description: 'UTC' })
  createdAt!: Date;

  @ApiProperty({ description: 'UTC' })
  updatedAt!: Date;
}

export const toFacilityResponse = (f: FacilityView): FacilityResponse => ({
  id: f.id,
  name: f.name,
  kind: f.kind,
  hostOrganisation: f.hostOrganisation ? toOrganisationResponse(f.hostOrganisation) : null,
  address: f.address,
  latitude: f.latitude,
  longitude: f.longitude,
  timeZone: f.timeZone,
  contactName: f.contactName,
  contactEmail: f.contactEmail,
  contactPhone: f.contactPhone,
  capacity: f.capacity,
  overseasCapacity: f.overseasCapacity,
  safetyNotes: f.safetyNotes,
  allowedWeekdays: f.allowedWeekdays,
  earliestStart: f.earliestStart,
  latestStart: f.latestStart,
  typicalDurationMin: f.typicalDurationMin,
  rosterDueDays: f.rosterDueDays,
  visitorsPerInterpreter: f.visitorsPerInterpreter,
  status: f.status,
  createdAt: f.createdAt,
  updatedAt: f.updatedAt,
});

export class BrokenRuleResponse {
  @ApiProperty({ enum: HOST_RULES })
  rule!: HostRule;

  @ApiProperty({ example: 'startsAt', description: 'The field of the visit it concerns' })
  field!: string;

  @ApiProperty({ example: 'starts at 08:00 Asia/Tokyo, before the earliest start of 09:30' })
  reason!: string;
}

export class VisitCheckResponse {
  @ApiProperty({ description: 'True when the visit breaks no host rule' })
  ok!: boolean;

  @ApiProperty({ type: [BrokenRuleResponse] })
  brokenRules!: BrokenRuleResponse[];

  @ApiProperty({ example: '2026-09-22', description: 'When the host wants the visitor roster (host date)' })
  rosterDueOn!: string;

  @ApiProperty({ example: 'Asia/Tokyo' })
  timeZone!: string;

  @ApiProperty({ example: '2026-10-06T10:00:00+09:00', description: 'The start on the host clock' })
  localStart!: string;

  @ApiProperty({ example: '2026-10-06T11:30:00+09:00', description: 'The end on the host clock' })
  localEnd!: string;
}

const toBrokenRule = (b: BrokenRule): BrokenRuleResponse => ({
  rule: b.rule,
  field: b.field,
  reason: b.reason,
});

export const toVisitCheckResponse = (c: VisitCheck): VisitCheckResponse => ({
  ok: c.ok,
  brokenRules: c.brokenRules.map(toBrokenRule),
  rosterDueOn: c.rosterDueOn,
  timeZone: c.timeZone,
  localStart: c.localStart,
  localEnd: c.localEnd,
});
