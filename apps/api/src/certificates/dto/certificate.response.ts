import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CERTIFICATE_EMAIL_STATUSES,
  type CertificateEmailStatus,
  type CertificateStatus,
  type CertificateView,
  type VerificationView,
} from '@kenshu/domain';

export class CertificateProgrammeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class CertificateTraineeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '김민준' }) displayName!: string;
}

export class CertificatePdfResponse {
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  sha256!: string;
}

export class CertificateEmailResponse {
  @ApiProperty({ enum: CERTIFICATE_EMAIL_STATUSES }) status!: CertificateEmailStatus;
  @ApiProperty() attempts!: number;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'UTC' }) sentAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError!: string | null;
}

/** A certificate as issued: what it prints, its code, its status and its email. */
export class CertificateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ type: CertificateProgrammeResponse }) programme!: CertificateProgrammeResponse;
  @ApiProperty({ type: CertificateTraineeResponse }) trainee!: CertificateTraineeResponse;
  @ApiProperty({ example: 'K7QF-2M9X-HD4P' }) verificationCode!: string;
  @ApiProperty({ example: 'https://kenshu.example/verify/K7QF-2M9X-HD4P' })
  verifyUrl!: string;
  @ApiProperty({ example: 'ko', description: 'The language it is printed in (en, ja, ko, th)' })
  language!: string;
  @ApiProperty({ example: '김민준' }) printedName!: string;
  @ApiProperty() printedProgramme!: string;
  @ApiProperty({ example: '2027-03-05', description: 'Calendar date in the host zone' }) completedOn!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-02-01' })
  programmeStartsOn!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-09-30' })
  programmeEndsOn!: string | null;
  @ApiProperty({ description: 'UTC' }) issuedAt!: Date;
  @ApiProperty({ enum: ['valid', 'revoked'] }) status!: CertificateStatus;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'UTC' }) revokedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) revocationReason!: string | null;
  @ApiPropertyOptional({
    type: CertificatePdfResponse,
    nullable: true,
    description: 'Null if never rendered',
  })
  pdf!: CertificatePdfResponse | null;
  @ApiProperty({ type: CertificateEmailResponse }) email!: CertificateEmailResponse;
}

/** The public answer: exactly the name, the programme and the date it was completed. */
export class VerificationResponse {
  @ApiProperty({ enum: [true] }) valid!: true;
  @ApiProperty({ example: '김민준', description: 'As printed, in its own script' }) name!: string;
  @ApiProperty({ example: 'Bilateral online meetings, FY2023' }) programme!: string;
  @ApiProperty({ example: '2023-12-18', description: 'Calendar date in the host zone' }) completedOn!: string;
}

export const toCertificateResponse = (c: CertificateView): CertificateResponse => ({
  id: c.id,
  enrolmentId: c.enrolmentId,
  programme: { ...c.programme },
  trainee: { ...c.trainee },
  verificationCode: c.verificationCode,
  verifyUrl: c.verifyUrl,
  language: c.language,
  printedName: c.printedName,
  printedProgramme: c.printedProgramme,
  completedOn: c.completedOn,
  programmeStartsOn: c.programmeStartsOn,
  programmeEndsOn: c.programmeEndsOn,
  issuedAt: c.issuedAt,
  status: c.status,
  revokedAt: c.revokedAt,
  revocationReason: c.revocationReason,
  pdf: c.pdf && { ...c.pdf },
  email: { ...c.email },
});

/** Only these four fields, whatever the view may carry. */
export const toVerificationResponse = (v: VerificationView): VerificationResponse => ({
  valid: true,
  name: v.name,
  programme: v.programme,
  completedOn: v.completedOn,
});
