import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { MenuService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Roles } from '../common/access.js';
import { LocalePipe } from '../common/locale.pipe.js';
import { pageOf } from '../common/page.dto.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  CreateMenuItemDto,
  LangQuery,
  MenuItemPage,
  MenuItemQuery,
  MenuTextDto,
  UpdateMenuItemDto,
} from './dto/menu-item.dto.js';
import { MenuItemResponse, toMenuItemResponse } from './dto/menu-item.response.js';

/**
 * The training menu. Every signed-in caller reads it: staff every item, trainees the active ones (an
 * archived item is 404 to them). Admins and coordinators write, and see every translation.
 */
@ApiTags('menu')
@Authenticated()
@Controller('menu-items')
export class MenuItemsController {
  constructor(private readonly menu: MenuService) {}

  @Get()
  @ApiOkResponse({ type: MenuItemPage })
  @ApiBadRequestResponse({ type: ProblemDto })
  async list(@Caller() caller: Principal, @Query() query: MenuItemQuery): Promise<MenuItemPage> {
    const { q, topic, format, language, status, lang } = query;
    const page = await this.menu.list(caller, { q, topic, format, language, status }, pageOf(query), lang);
    return { ...page, items: page.items.map(toMenuItemResponse) };
  }

  @Post()
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: MenuItemResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The code is taken' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'No text in the original locale' })
  async create(
    @Caller() caller: Principal,
    @Body() dto: CreateMenuItemDto,
    @Meta() meta: RequestMeta,
  ): Promise<MenuItemResponse> {
    return toMenuItemResponse(await this.menu.create(caller, dto, meta));
  }

  @Get(':id')
  @ApiOkResponse({ type: MenuItemResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() query: LangQuery,
  ): Promise<MenuItemResponse> {
    return toMenuItemResponse(await this.menu.get(caller, id, query.lang));
  }

  @Patch(':id')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: MenuItemResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The code is taken' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'No text in the new original locale' })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateMenuItemDto,
    @Meta() meta: RequestMeta,
  ): Promise<MenuItemResponse> {
    return toMenuItemResponse(await this.menu.update(caller, id, dto, meta));
  }

  /** Adds or replaces the text in one locale; the answer serves that locale, with every translation. */
  @Put(':id/texts/:locale')
  @Roles('admin', 'coordinator')
  @ApiOkResponse({ type: MenuItemResponse })
  @ApiBadRequestResponse({ type: ProblemDto })
  @ApiNotFoundResponse({ type: ProblemDto })
  async saveText(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('locale', LocalePipe) locale: string,
    @Body() dto: MenuTextDto,
    @Meta() meta: RequestMeta,
  ): Promise<MenuItemResponse> {
    return toMenuItemResponse(await this.menu.saveText(caller, id, locale, dto, meta));
  }

  /** Removes a translation; the original locale's text stays (422). */
  @Delete(':id/texts/:locale')
  @Roles('admin', 'coordinator')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No such item, or no text in that locale' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'The original locale’s text' })
  async removeText(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('locale', LocalePipe) locale: string,
    @Meta() meta: RequestMeta,
  ): Promise<void> {
    await this.menu.removeText(caller, id, locale, meta);
  }

  /** Takes it out of the catalogue: trainees stop seeing it. Archiving an archived item changes nothing. */
  @Post(':id/archive')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: MenuItemResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async archive(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<MenuItemResponse> {
    return toMenuItemResponse(await this.menu.archive(caller, id, meta));
  }

  @Post(':id/restore')
  @Roles('admin', 'coordinator')
  @HttpCode(200)
  @ApiOkResponse({ type: MenuItemResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async restore(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Meta() meta: RequestMeta,
  ): Promise<MenuItemResponse> {
    return toMenuItemResponse(await this.menu.restore(caller, id, meta));
  }
}
