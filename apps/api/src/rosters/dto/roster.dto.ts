import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ROSTER_FORMATS, ROSTER_LANGUAGES, type RosterFormat, type RosterLanguage } from '@kenshu/domain';
import { oneOf } from '../../common/validators.js';

export class RosterQuery {
  @ApiPropertyOptional({ enum: ROSTER_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(ROSTER_FORMATS, oneOf(ROSTER_FORMATS))
  format?: RosterFormat;

  @ApiPropertyOptional({
    enum: ROSTER_LANGUAGES,
    default: 'ja',
    description: 'Headings, labels and country names',
  })
  @IsOptional()
  @IsIn(ROSTER_LANGUAGES, oneOf(ROSTER_LANGUAGES))
  lang?: RosterLanguage;
}
