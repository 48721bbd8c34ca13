import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DataSource } from 'typeorm';
import { LocalDiskStorage } from '@kenshu/storage';
import { testConfig } from '@kenshu/testing';
import { CertificateEntity } from '../certificates/certificate.entity.js';
import { createDataSource } from '../data-source.js';
import { DEMO_CERTIFICATE, seedDemoCertificates } from './demo-certificates.js';

/** The demo certificate on the real database, in a transaction rolled back at the end (the seed's row stays as it was). */
describe('the demo certificate', () => {
  let ds: DataSource;
  let dir: string;

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    dir = await mkdtemp(join(tmpdir(), 'kenshu-demo-certificates-'));
  });

  afterAll(async () => {
    await ds?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('is the Seoul trainee’s, with its known code, and gets its PDF once when a storage is given', async () => {
    const storage = new LocalDiskStorage(dir);
    const qr = ds.createQueryRunner();
    await qr.startTransaction();
    try {
      const em = qr.manager;
      const seeded = await em.findOneOrFail(CertificateEntity, { where: { id: DEMO_CERTIFICATE.id } });
      expect(seeded).toMatchObject({
        verificationCode: 'K7QF2M9XHD4P',
        printedName: '김민준',
        completedOn: '2023-12-18',
        storageKey: null,
      });
      expect(await seedDemoCertificates(em, 'https://kenshu.example', storage)).toBe(1);
      const withFile = await em.findOneOrFail(CertificateEntity, { where: { id: DEMO_CERTIFICATE.id } });
      expect(withFile.storageKey).not.toBeNull();
      const pdf = await buffer(await storage.get(withFile.storageKey!));
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
      const text = (await (await doc.getPage(1)).getTextContent()).items
        .map((i) => ('str' in i ? i.str : ''))
        .join('');
      expect(text).toContain('김민준');
      expect(text).toContain('K7QF-2M9X-HD4P');
      expect(text).toContain('https://kenshu.example/verify/K7QF-2M9X-HD4P');

      // Seeding again renders nothing new.
      expect(await seedDemoCertificates(em, 'https://kenshu.example', storage)).toBe(1);
      const again = await em.findOneOrFail(CertificateEntity, { where: { id: DEMO_CERTIFICATE.id } });
      expect(again.storageKey).toBe(withFile.storageKey);
      expect(await em.count(CertificateEntity, { where: { enrolmentId: seeded.enrolmentId } })).toBe(1);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
  });
});
