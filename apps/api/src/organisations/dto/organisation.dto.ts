import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';
import { OrganisationResponse } from '../../users/dto/user.response.js';

const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

export class CreateOrganisationDto {
  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `must be one of ${ORGANISATION_KINDS.join(', ')}` })
  kind!: OrganisationKind;

  @ApiProperty({ example: 'Hanoi Urban Environment Company (URENCO)', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code such as JP or MV' })
  country!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Hanoi', maxLength: 120 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(120)
  city?: string | null;
}

export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}

export class OrganisationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name or city' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind;

  @ApiPropertyOptional({ example: 'JP' })
  @IsOptional()
  @Transform(upper)
  @IsISO31661Alpha2({ message: 'must be an ISO 3166-1 alpha-2 country code' })
  country?: string;
}

export class OrganisationPage extends PageMeta {
  @ApiProperty({ type: [OrganisationResponse] })
  items!: OrganisationResponse[];
}
