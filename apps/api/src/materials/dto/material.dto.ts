import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  BUNDLE_STATUSES,
  DELIVERY_STATUSES,
  MATERIAL_AUDIENCES,
  MATERIAL_KINDS,
  RELEASE_RULES,
  type BundleStatus,
  type DeliveryStatus,
  type MaterialAudience,
  type MaterialKind,
  type ReleaseRule,
} from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';
import { IsLocale, oneOf } from '../../common/validators.js';

export class ReleaseDto {
  @ApiProperty({
    enum: RELEASE_RULES,
    description:
      'now; at an instant; before_session: offsetDays before its session starts; after_session: offsetDays (0: at once) after it ends',
  })
  @IsIn(RELEASE_RULES, oneOf(RELEASE_RULES))
  rule!: ReleaseRule;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true, description: 'For `at`: UTC' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 instant such as 2026-12-01T09:00:00Z' })
  at?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 365 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(365)
  offsetDays?: number | null;
}

export class CreateMaterialDto {
  @ApiProperty({ enum: MATERIAL_KINDS })
  @IsIn(MATERIAL_KINDS, oneOf(MATERIAL_KINDS))
  kind!: MaterialKind;

  @ApiProperty({ example: 'Landfill gas management — slides', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ example: 'ja', description: 'BCP 47: the language it is written in' })
  @IsLocale()
  originalLanguage!: string;

  @ApiPropertyOptional({ enum: MATERIAL_AUDIENCES, default: 'trainees' })
  @IsOptional()
  @IsIn(MATERIAL_AUDIENCES, oneOf(MATERIAL_AUDIENCES))
  audience?: MaterialAudience;

  @ApiPropertyOptional({ type: ReleaseDto, description: 'Default: now' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReleaseDto)
  release?: ReleaseDto;
}

export class UpdateMaterialDto extends PartialType(
  PickType(CreateMaterialDto, ['title', 'description', 'audience', 'release'] as const),
) {
  @ApiPropertyOptional({ description: 'Archive (hide from trainees, stop deliveries) or restore' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

export class CopyMaterialDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  programmeId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId?: string | null;

  @ApiPropertyOptional({ enum: MATERIAL_AUDIENCES, default: 'trainees' })
  @IsOptional()
  @IsIn(MATERIAL_AUDIENCES, oneOf(MATERIAL_AUDIENCES))
  audience?: MaterialAudience;

  @ApiPropertyOptional({ type: ReleaseDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReleaseDto)
  release?: ReleaseDto;
}

class VersionFields {
  @ApiProperty({ example: 'en', description: 'BCP 47 language of this version' })
  @IsLocale()
  language!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, description: 'What changed' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(500)
  note?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'For a translation: the version of the original it translates (default: the latest)',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Type(() => Number)
  @IsInt()
  @Min(1)
  sourceNumber?: number | null;
}

export class AddVersionDto extends VersionFields {
  @ApiPropertyOptional({ description: 'For a link: an absolute http(s) URL', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: 'For a text: HTML (a safe subset; anything active is refused)' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  html?: string;
}

export class UploadQuery extends VersionFields {
  @ApiProperty({ example: 'landfill-gas.pdf', description: 'Shown to readers; no path separators' })
  @IsString()
  @MaxLength(400)
  fileName!: string;
}

export class MaterialListQuery {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'Only this session’s materials' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId?: string;

  @ApiPropertyOptional({ description: 'Staff: include archived materials' })
  @IsOptional()
  @Type(() => Boolean)
  @IsBoolean()
  archived?: boolean;
}

export class ContentQuery {
  @ApiPropertyOptional({
    example: 'en',
    description: 'A language variant; default: the caller’s by their fallback chain',
  })
  @IsOptional()
  @IsLocale()
  language?: string;
}

export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, oneOf(DELIVERY_STATUSES))
  status?: DeliveryStatus;
}

export class MaterialVersionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'en' }) language!: string;
  @ApiProperty({ example: 2 }) number!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) fileName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Sniffed from the content' })
  contentType!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) sizeBytes!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) sha256!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) url!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Sanitised HTML' }) html!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) sourceNumber!: number | null;
  @ApiProperty({ description: 'A translation whose original has a later version' }) outdated!: boolean;
  @ApiProperty({ description: 'UTC' }) createdAt!: string;
}

class ReleaseResponse {
  @ApiProperty({ enum: RELEASE_RULES }) rule!: ReleaseRule;
  @ApiPropertyOptional({ type: String, nullable: true }) at!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) offsetDays!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'UTC; null while unknown' })
  releasesAt!: string | null;
  @ApiProperty() released!: boolean;
}

export class MaterialResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) menuItemId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) programmeId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) sessionId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) copiedFromId!: string | null;
  @ApiProperty({ enum: MATERIAL_KINDS }) kind!: MaterialKind;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: 'ja' }) originalLanguage!: string;
  @ApiProperty({ enum: MATERIAL_AUDIENCES }) audience!: MaterialAudience;
  @ApiProperty({ type: ReleaseResponse }) release!: ReleaseResponse;
  @ApiProperty() archived!: boolean;
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiPropertyOptional({
    type: MaterialVersionResponse,
    nullable: true,
    description: 'In the caller’s language',
  })
  current!: MaterialVersionResponse | null;
  @ApiPropertyOptional({ type: [MaterialVersionResponse], description: 'Staff only: every version' })
  versions?: MaterialVersionResponse[];
  @ApiProperty() createdAt!: string;
}

class DeliveryUser {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() email!: string;
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: DeliveryUser }) user!: DeliveryUser;
  @ApiProperty() language!: string;
  @ApiProperty() versionNumber!: number;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status!: DeliveryStatus;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'withdrawn, inactive, archived, superseded',
  })
  skippedReason!: string | null;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty() queuedAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) sentAt!: string | null;
}

class DeliveryCounts {
  @ApiProperty() queued!: number;
  @ApiProperty() sent!: number;
  @ApiProperty() failed!: number;
  @ApiProperty() skipped!: number;
}

export class DeliveryPage extends PageMeta {
  @ApiProperty({ type: [DeliveryResponse] }) items!: DeliveryResponse[];
  @ApiProperty({ type: DeliveryCounts }) counts!: DeliveryCounts;
}

export class CreateProgrammeMaterialDto extends CreateMaterialDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A session of the programme',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all', { message: 'must be a UUID' })
  sessionId?: string | null;
}

export class BundleResponse {
  @ApiProperty({ example: 'programme', description: 'A phase id, or `programme`' }) phaseKey!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phaseName!: string | null;
  @ApiProperty({ example: 'en' }) language!: string;
  @ApiProperty({ enum: BUNDLE_STATUSES }) status!: BundleStatus;
  @ApiProperty() materials!: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Bytes of the file served now' })
  sizeBytes!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) builtAt!: string | null;
  @ApiProperty({ example: '/api/v1/programmes/…/material-bundles/programme/en' }) downloadPath!: string;
}
