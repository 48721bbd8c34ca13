import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  canonicalLocale,
  MAX_DURATION_MIN,
  MAX_LANGUAGES,
  MAX_OUTCOME,
  MAX_OUTCOMES,
  MAX_SUMMARY,
  MAX_TEXTS,
  MAX_TITLE,
  MENU_CODE,
  MENU_FORMATS,
  MENU_ITEM_STATUSES,
  MENU_TOPICS,
  type MenuFormat,
  type MenuItemStatus,
  type MenuTopic,
} from '@kenshu/domain';
import { PageMeta, PageQuery } from '../../common/page.dto.js';
import { IsLocale, oneOf } from '../../common/validators.js';
import { MenuItemResponse } from './menu-item.response.js';

const eachOneOf = (values: readonly string[]) => ({
  each: true,
  message: `must hold only ${values.join(', ')}`,
});

/** Each tag of a list in its canonical spelling (IsLocale canonicalises a single string only). */
const canonicalLocales = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v: unknown) => (typeof v === 'string' ? (canonicalLocale(v) ?? v) : v))
    : value,
);

export class MenuTextDto {
  @ApiProperty({ example: 'Fiber-to-Fiber: textile recycling', maxLength: MAX_TITLE })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TITLE)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SUMMARY })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(MAX_SUMMARY)
  summary?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_OUTCOMES,
    example: ['Explain how used garments are sorted for fibre-to-fibre recycling'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OUTCOMES)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'must not hold an empty outcome' })
  @MaxLength(MAX_OUTCOME, { each: true, message: `must hold outcomes of at most ${MAX_OUTCOME} characters` })
  learningOutcomes?: string[];
}

export class MenuItemTextDto extends MenuTextDto {
  @ApiProperty({ example: 'en', description: 'BCP 47' })
  @IsLocale()
  locale!: string;
}

export class CreateMenuItemDto {
  @ApiProperty({
    example: 'TMG-3R-101',
    pattern: MENU_CODE.source,
    description: 'A prefix starting with a letter, then 1–5 parts of letters and digits; stored upper-case',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @IsString()
  @MaxLength(40)
  @Matches(MENU_CODE, { message: 'must look like TMG-3R-101: a prefix and 1–5 parts of letters and digits' })
  code!: string;

  @ApiProperty({ enum: MENU_FORMATS })
  @IsIn(MENU_FORMATS, oneOf(MENU_FORMATS))
  format!: MenuFormat;

  @ApiProperty({ example: 90, minimum: 1, maximum: MAX_DURATION_MIN, description: 'Minutes' })
  @IsInt()
  @Min(1)
  @Max(MAX_DURATION_MIN)
  defaultDurationMin!: number;

  @ApiProperty({ example: 'ja', description: 'BCP 47: the locale it was written in; `texts` must hold it' })
  @IsLocale()
  originalLocale!: string;

  @ApiPropertyOptional({ enum: MENU_TOPICS, isArray: true, example: ['textile-recycling', 'reuse'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MENU_TOPICS.length)
  @IsIn(MENU_TOPICS, eachOneOf(MENU_TOPICS))
  topics?: MenuTopic[];

  @ApiPropertyOptional({
    type: [String],
    example: ['ja', 'en'],
    description: 'BCP 47 tags of the languages it can be delivered in; the original locale when left out',
  })
  @IsOptional()
  @canonicalLocales
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LANGUAGES)
  @IsLocale({ each: true })
  languages?: string[];

  @ApiProperty({ type: [MenuItemTextDto], description: 'One per locale, one of them in the original locale' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TEXTS)
  @ValidateNested({ each: true })
  @Type(() => MenuItemTextDto)
  texts!: MenuItemTextDto[];
}

/** Texts change one locale at a time (PUT …/texts/{locale}); the status through archive and restore. */
export class UpdateMenuItemDto extends PartialType(OmitType(CreateMenuItemDto, ['texts'] as const)) {}

export class LangQuery {
  @ApiPropertyOptional({
    example: 'ja-JP',
    description: 'BCP 47: the locale to serve the text in, instead of the caller’s own',
  })
  @IsOptional()
  @IsLocale()
  lang?: string;
}

export class MenuItemQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the code, or of a title or summary in any language' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: MENU_TOPICS })
  @IsOptional()
  @IsIn(MENU_TOPICS, oneOf(MENU_TOPICS))
  topic?: MenuTopic;

  @ApiPropertyOptional({ enum: MENU_FORMATS })
  @IsOptional()
  @IsIn(MENU_FORMATS, oneOf(MENU_FORMATS))
  format?: MenuFormat;

  @ApiPropertyOptional({
    example: 'ja',
    description: 'Offered in this language (BCP 47); `ja` also finds `ja-JP`, `ja-JP` also finds `ja`',
  })
  @IsOptional()
  @IsLocale()
  language?: string;

  @ApiPropertyOptional({ enum: MENU_ITEM_STATUSES, description: 'Trainees see active items only' })
  @IsOptional()
  @IsIn(MENU_ITEM_STATUSES, oneOf(MENU_ITEM_STATUSES))
  status?: MenuItemStatus;

  @ApiPropertyOptional({
    example: 'ja-JP',
    description: 'BCP 47: the locale to serve the texts in, instead of the caller’s own',
  })
  @IsOptional()
  @IsLocale()
  lang?: string;
}

export class MenuItemPage extends PageMeta {
  @ApiProperty({ type: [MenuItemResponse] })
  items!: MenuItemResponse[];
}
