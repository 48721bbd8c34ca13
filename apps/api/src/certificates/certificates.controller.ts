import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificatesService, type Principal, type RequestMeta } from '@kenshu/domain';
import { Authenticated, Caller, Meta, Public, Roles } from '../common/access.js';
import { ProblemDto } from '../common/problem.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { RevokeCertificateDto } from './dto/certificate.dto.js';
import {
  CertificateResponse,
  toCertificateResponse,
  toVerificationResponse,
  VerificationResponse,
} from './dto/certificate.response.js';

/**
 * Certificates of completed enrolments. Trainees see and download their own; a programme's coordinators
 * list, issue and revoke its certificates; anyone may verify a code.
 */
@ApiTags('certificates')
@Controller()
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get('me/certificates')
  @Authenticated()
  @ApiOkResponse({ type: [CertificateResponse], description: 'Revoked ones too, marked so' })
  async mine(@Caller() caller: Principal) {
    return (await this.certificates.listMine(caller)).map(toCertificateResponse);
  }

  /** Issues the certificate of a completed enrolment now (or returns the one it has); its email is queued. */
  @Post('programmes/:id/enrolments/:enrolmentId/certificate')
  @HttpCode(200)
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: CertificateResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'The enrolment is not completed' })
  @ApiGoneResponse({ type: ProblemDto, description: 'Its certificate was revoked' })
  async issue(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Param('enrolmentId', UuidPipe) enrolmentId: string,
    @Meta() meta: RequestMeta,
  ) {
    return toCertificateResponse(await this.certificates.issue(caller, id, enrolmentId, meta));
  }

  @Get('programmes/:id/certificates')
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: [CertificateResponse] })
  @ApiNotFoundResponse({ type: ProblemDto })
  async list(@Caller() caller: Principal, @Param('id', UuidPipe) id: string) {
    return (await this.certificates.listForProgramme(caller, id)).map(toCertificateResponse);
  }

  /** The PDF: its trainee (410 once revoked) and the programme's staff (revoked ones too). */
  @Get('certificates/:id/pdf')
  @Authenticated()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiGoneResponse({ type: ProblemDto, description: 'Revoked (to its trainee)' })
  async pdf(@Caller() caller: Principal, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply) {
    const file = await this.certificates.openPdf(caller, id);
    return reply
      .status(200)
      .headers({
        'content-type': 'application/pdf',
        'content-length': String(file.sizeBytes),
        'content-disposition': contentDisposition(file.fileName),
        etag: `"${file.sha256}"`,
        'cache-control': 'private, no-cache',
        'x-content-type-options': 'nosniff',
      })
      .send(file.body);
  }

  @Post('certificates/:id/revoke')
  @HttpCode(200)
  @Authenticated()
  @Roles('coordinator', 'admin')
  @ApiOkResponse({ type: CertificateResponse })
  @ApiNotFoundResponse({ type: ProblemDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Already revoked' })
  async revoke(
    @Caller() caller: Principal,
    @Param('id', UuidPipe) id: string,
    @Body() dto: RevokeCertificateDto,
    @Meta() meta: RequestMeta,
  ) {
    return toCertificateResponse(await this.certificates.revoke(caller, id, dto.reason, meta));
  }

  /**
   * Public: checks a verification code (any case, dashes optional). Answers only the name, programme and
   * completion date; 410 for a revoked certificate, 404 for a code that is none. Throttled per client IP.
   */
  @Public()
  @Get('certificates/verify/:code')
  @ApiOkResponse({ type: VerificationResponse })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No certificate has this code' })
  @ApiGoneResponse({ type: ProblemDto, description: 'The certificate was revoked' })
  @ApiTooManyRequestsResponse({ type: ProblemDto })
  async verify(@Param('code') code: string, @Req() req: FastifyRequest) {
    return toVerificationResponse(await this.certificates.verify(code, req.ip ?? null));
  }
}
