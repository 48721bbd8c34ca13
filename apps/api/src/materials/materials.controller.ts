import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  MaterialBundlesService,
  MaterialDeliveriesService,
  MaterialFilesService,
  MaterialsService,
  type MaterialView,
  type Principal,
  type ReleaseInput,
  type RequestMeta,
} from '@kenshu/domain';
import { Authenticated, Caller, Meta, Public } from '../common/access.js';
import { pageOf } from '../common/page.dto.js';
import { FileResponses, rangeOf, receiveUpload, sendFile } from '../common/files.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  AddVersionDto,
  BundleResponse,
  ContentQuery,
  CopyMaterialDto,
  CreateMaterialDto,
  CreateProgrammeMaterialDto,
  DeliveryPage,
  DeliveryQuery,
  DeliveryResponse,
  MaterialListQuery,
  MaterialResponse,
  MaterialVersionResponse,
  ReleaseDto,
  UpdateMaterialDto,
  UploadQuery,
} from './dto/material.dto.js';

const release = (r: ReleaseDto | undefined): ReleaseInput | undefined =>
  r && { rule: r.rule, at: r.at ? new Date(r.at) : null, offsetDays: r.offsetDays ?? null };

const toResponse = (m: MaterialView): MaterialResponse => ({ ...m });

/**
 * Course content. Programme and session materials reach the programme's staff, and its trainees once
 * released (if meant for them); menu-item materials are the staff's library, copied into programmes. To
 * anyone else a material is 404.
 */
@ApiTags('materials')
@Authenticated()
@Controller()
export class MaterialsController {
  constructor(
    private readonly materials: MaterialsService,
    private readonly files: MaterialFilesService,
    private readonly deliveries: MaterialDeliveriesService,
    private readonly bundles: MaterialBundlesService,
  ) {}

  @Post('menu-items/:id/materials')
  @ApiCreatedResponse({ type: MaterialResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async createInLibrary(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateMaterialDto,
    @Meta() meta: RequestMeta,
  ) {
    const input = { ...dto, release: release(dto.release) };
    return toResponse(await this.materials.create(caller, { menuItemId: id }, input, meta));
  }

  @Get('menu-items/:id/materials')
  @ApiOkResponse({ type: [MaterialResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  async listLibrary(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: MaterialListQuery,
  ) {
    return (await this.materials.list(caller, { menuItemId: id }, q.archived)).map(toResponse);
  }

  @Post('programmes/:id/materials')
  @ApiCreatedResponse({ type: MaterialResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async createInProgramme(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateProgrammeMaterialDto,
    @Meta() meta: RequestMeta,
  ) {
    const { sessionId, ...fields } = dto;
    const input = { ...fields, release: release(dto.release) };
    return toResponse(await this.materials.create(caller, { programmeId: id, sessionId }, input, meta));
  }

  @Get('programmes/:id/materials')
  @ApiOkResponse({ type: [MaterialResponse], description: 'Trainees: what is released to them' })
  @ApiNotFoundResponse({ type: ProblemDto })
  async listProgramme(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: MaterialListQuery,
  ) {
    const scope = { programmeId: id, sessionId: q.sessionId };
    return (await this.materials.list(caller, scope, q.archived)).map(toResponse);
  }

  @Get('materials/:id')
  @ApiOkResponse({ type: MaterialResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  async get(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return toResponse(await this.materials.get(caller, id));
  }

  @Patch('materials/:id')
  @ApiOkResponse({ type: MaterialResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async update(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: UpdateMaterialDto,
    @Meta() meta: RequestMeta,
  ) {
    return toResponse(
      await this.materials.update(caller, id, { ...dto, release: release(dto.release) }, meta),
    );
  }

  /** Copies a menu-library material into a programme or one of its sessions (versions share the files). */
  @Post('materials/:id/copies')
  @ApiCreatedResponse({ type: MaterialResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto })
  async copy(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CopyMaterialDto,
    @Meta() meta: RequestMeta,
  ) {
    return toResponse(await this.materials.copy(caller, id, { ...dto, release: release(dto.release) }, meta));
  }

  /** A new version of a link (`url`) or a rich text (`html`); files are uploaded to `…/uploads`. */
  @Post('materials/:id/versions')
  @ApiCreatedResponse({ type: MaterialVersionResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The material is a file' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'A javascript: link, active HTML …' })
  async addVersion(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: AddVersionDto,
    @Meta() meta: RequestMeta,
  ) {
    return this.materials.addVersion(caller, id, dto, meta);
  }

  /**
   * A new version of a file material: the request body is the file itself (any Content-Type; the type is
   * read from the content), streamed to storage. Checked: the type against the allowlist, the size
   * against the limit of its kind, office files against decompression bombs. A refused upload stores
   * nothing.
   */
  @Post('materials/:id/uploads')
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: MaterialVersionResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The material is not a file' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Type refused, empty, unsafe name …' })
  async upload(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: UploadQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Meta() meta: RequestMeta,
  ) {
    return receiveUpload(req, reply, (body, length) => this.files.upload(caller, id, q, body, length, meta));
  }

  /** The current file in the caller's language (or `language`), with Range, ETag and a safe file name. */
  @Get('materials/:id/content')
  @FileResponses()
  @ApiConflictResponse({ type: ProblemDto, description: 'Not a file' })
  async content(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: ContentQuery,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendFile(reply, this.files.openCurrent(caller, id, q.language, rangeOf(req)));
  }

  @Get('material-versions/:id/content')
  @FileResponses()
  async versionContent(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendFile(reply, this.files.openVersion(caller, id, rangeOf(req)));
  }

  /** The signed link of a delivery email: no sign-in, but only while its recipient may see the material. */
  @Public()
  @Get('material-links/:token')
  @FileResponses()
  async byLink(@Param('token') token: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply) {
    return sendFile(reply, this.files.openByLink(token, rangeOf(req)));
  }

  /** The programme's low-bandwidth bundles (trainees: their language's), with sizes shown before download. */
  @Get('programmes/:id/material-bundles')
  @ApiOkResponse({ type: [BundleResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  async listBundles(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return this.bundles.list(caller, id);
  }

  /** One bundle's ZIP (index.html and the files), with Range and ETag; 409 while it is first being built. */
  @Get('programmes/:id/material-bundles/:phaseKey/:language')
  @FileResponses()
  @ApiConflictResponse({ type: ProblemDto, description: 'Not built yet' })
  async bundle(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('phaseKey') phaseKey: string,
    @Param('language') language: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendFile(reply, this.bundles.open(caller, id, phaseKey, language, rangeOf(req)));
  }

  @Get('materials/:id/deliveries')
  @ApiOkResponse({ type: DeliveryPage })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  async listDeliveries(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Query() q: DeliveryQuery,
  ) {
    return this.deliveries.list(caller, id, { status: q.status }, pageOf(q));
  }

  @Post('material-deliveries/:id/resend')
  @HttpCode(202)
  @ApiResponse({ status: 202, type: DeliveryResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiForbiddenResponse({ type: ProblemDto })
  async resend(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Meta() meta: RequestMeta) {
    return this.deliveries.resend(caller, id, meta);
  }
}
