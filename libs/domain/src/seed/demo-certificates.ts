import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { Storage } from '@kenshu/storage';
import { CertificateEntity } from '../certificates/certificate.entity.js';
import { certificatePdf, type CertificateContent } from '../certificates/certificate-document.js';
import { groupedCode } from '../certificates/verification-code.js';

/** The demo certificate's fixed id and its known verification code (K7QF-2M9X-HD4P). */
export const DEMO_CERTIFICATE = {
  id: '00000000-0000-4000-e000-000000000001',
  code: 'K7QF2M9XHD4P',
  /** 김민준 of Seoul, who completed the FY2023 bilateral meetings (demo-programmes.ts). */
  userId: '00000000-0000-4000-9000-000000000006',
  programmeId: '00000000-0000-4000-a000-000000000004',
} as const;

/**
 * A certificate for the Seoul trainee's completed enrolment in the FY2023 bilateral meetings, with a
 * known code, already emailed (the seed sends nothing). Its PDF is rendered and stored only when a
 * storage is given (the test database is seeded without files); seeding again changes nothing.
 */
export async function seedDemoCertificates(
  em: EntityManager,
  publicUrl: string,
  storage?: Storage,
): Promise<number> {
  const d = DEMO_CERTIFICATE;
  const [enrolment] = (await em.query(
    `SELECT id FROM enrolment WHERE programme_id = ? AND user_id = ? AND status = 'completed'`,
    [d.programmeId, d.userId],
  )) as { id: string }[];
  if (!enrolment) return 0;
  const existing = await em.findOne(CertificateEntity, { where: { id: d.id } });
  if (existing && (existing.storageKey || !storage)) return 1;
  const content: CertificateContent = {
    name: '김민준',
    programme: 'Bilateral online meetings, FY2023',
    hostOrganisation: 'Tokyo Metropolitan Government, Bureau of Environment',
    funder: null,
    startsOn: '2023-05-31',
    endsOn: '2023-12-18',
    completedOn: '2023-12-18',
    code: d.code,
    verifyUrl: `${publicUrl}/verify/${groupedCode(d.code)}`,
  };
  const stored = storage ? await storage.put(Readable.from([await certificatePdf(content, 'en')])) : null;
  const file = {
    storageKey: stored?.key ?? null,
    sha256: stored?.sha256 ?? null,
    sizeBytes: stored?.size ?? null,
  };
  if (existing) {
    await em.update(CertificateEntity, { id: d.id }, file);
    return 1;
  }
  await em.insert(CertificateEntity, {
    id: d.id,
    enrolmentId: enrolment.id,
    userId: d.userId,
    programmeId: d.programmeId,
    verificationCode: d.code,
    language: 'en',
    printedName: content.name,
    printedProgramme: content.programme,
    completedOn: content.completedOn,
    programmeStartsOn: content.startsOn,
    programmeEndsOn: content.endsOn,
    issuedAt: new Date('2023-12-19T01:00:00Z'),
    ...file,
    emailStatus: 'sent',
    emailAttempts: 1,
    emailError: null,
    emailedAt: new Date('2023-12-19T01:00:05Z'),
    revokedAt: null,
    revokedBy: null,
    revocationReason: null,
  });
  return 1;
}
