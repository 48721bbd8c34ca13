import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MENU_FORMATS,
  MENU_ITEM_STATUSES,
  MENU_TOPICS,
  type MenuFormat,
  type MenuItemStatus,
  type MenuItemView,
  type MenuTextView,
  type MenuTopic,
} from '@kenshu/domain';

export class MenuTextResponse {
  @ApiProperty({ example: 'ja', description: 'BCP 47' }) locale!: string;
  @ApiProperty({ example: 'ファイバー・トゥ・ファイバー：繊維リサイクル' }) title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: [String] }) learningOutcomes!: string[];
  @ApiProperty({ description: 'UTC' }) updatedAt!: Date;
}

export class MenuItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'TMG-TEX-101' }) code!: string;
  @ApiProperty({ enum: MENU_FORMATS }) format!: MenuFormat;
  @ApiProperty({ example: 90, description: 'Minutes' }) defaultDurationMin!: number;
  @ApiProperty({ example: 'ja', description: 'BCP 47: the locale it was written in' })
  originalLocale!: string;
  @ApiProperty({ enum: MENU_ITEM_STATUSES }) status!: MenuItemStatus;
  @ApiProperty({ enum: MENU_TOPICS, isArray: true }) topics!: MenuTopic[];
  @ApiProperty({ type: [String], example: ['ja', 'en'], description: 'Languages it is offered in' })
  languages!: string[];

  @ApiProperty({
    example: 'en',
    description:
      'The locale of the text served: the one asked for (`lang`, else the caller’s), else its language, ' +
      'else another tag of that language, else English, else the original locale',
  })
  locale!: string;

  @ApiProperty({ type: [String], example: ['en', 'ja'] }) availableLocales!: string[];
  @ApiProperty({ example: 'Fiber-to-Fiber: textile recycling' }) title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: [String] }) learningOutcomes!: string[];

  @ApiPropertyOptional({
    type: [MenuTextResponse],
    nullable: true,
    description: 'Every translation, for admins and coordinators; null for others',
  })
  translations!: MenuTextResponse[] | null;

  @ApiProperty({ description: 'UTC' }) createdAt!: Date;
  @ApiProperty({ description: 'UTC' }) updatedAt!: Date;
}

const toMenuTextResponse = (t: MenuTextView): MenuTextResponse => ({
  locale: t.locale,
  title: t.title,
  summary: t.summary,
  learningOutcomes: t.learningOutcomes,
  updatedAt: t.updatedAt,
});

export const toMenuItemResponse = (m: MenuItemView): MenuItemResponse => ({
  id: m.id,
  code: m.code,
  format: m.format,
  defaultDurationMin: m.defaultDurationMin,
  originalLocale: m.originalLocale,
  status: m.status,
  topics: m.topics,
  languages: m.languages,
  locale: m.locale,
  availableLocales: m.availableLocales,
  title: m.title,
  summary: m.summary,
  learningOutcomes: m.learningOutcomes,
  translations: m.translations ? m.translations.map(toMenuTextResponse) : null,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
});
