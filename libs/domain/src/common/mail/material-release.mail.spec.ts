import { materialReleaseMail, type MaterialReleaseMailData } from './material-release.mail.js';

const base: MaterialReleaseMailData = {
  to: 'sokha@kenshu.example',
  displayName: 'Sokha',
  locale: 'en',
  timeZone: 'Asia/Phnom_Penh',
  programme: 'Food safety',
  title: 'HACCP handbook',
  description: 'Read chapters 1–3\nbefore Monday.',
  kind: 'file',
  fileName: 'haccp-handbook.pdf',
  sizeBytes: 2_400_000,
  releasedAt: new Date('2026-06-01T02:00:00Z'),
  link: 'https://kenshu.example/materials/download?token=abc',
  linkExpiresAt: new Date('2026-06-08T02:00:00Z'),
  version: 1,
  idempotencyKey: 'material-release-1',
};

describe('materialReleaseMail', () => {
  it('writes English with the release time in the trainee zone, the file, its size and the download link', () => {
    const mail = materialReleaseMail(base);
    expect(mail.subject).toBe('New material for Food safety: HACCP handbook');
    expect(mail.text).toContain('Released: 1 June 2026 at 09:00 GMT+7 (Asia/Phnom_Penh)');
    expect(mail.text).toContain('File: haccp-handbook.pdf\nSize: 2.4 MB');
    expect(mail.text).toContain('Read chapters 1–3\nbefore Monday.');
    expect(mail.text).toContain(`Download: ${base.link}`);
    expect(mail.text).toContain('works until 8 June 2026 at 09:00 GMT+7 (Asia/Phnom_Penh).');
    expect(mail.text).not.toContain('version');
    expect(mail.html).toContain(`href="${base.link}"`);
  });

  it('says when the material was updated, in Japanese when the fallback chain reaches it', () => {
    const mail = materialReleaseMail({
      ...base,
      locale: 'km-KH',
      fallbackLanguages: ['km', 'ja'],
      version: 3,
    });
    expect(mail.subject).toBe('Food safety の新しい資料：HACCP handbook');
    expect(mail.text).toContain('この資料は更新されました（第3版）。');
    expect(mail.text).toContain('公開日時: 2026年6月1日 09:00 GMT+7 (Asia/Phnom_Penh)');
    expect(mail.text).toContain('サイズ: 2.4 MB');
    expect(mail.text).toContain('2026年6月8日 09:00 GMT+7 (Asia/Phnom_Penh)まで有効です。');
    expect(mail.html).toContain('<html lang="ja">');
  });

  it('names no file or size for a link, and offers to open it rather than download', () => {
    const mail = materialReleaseMail({ ...base, kind: 'link', fileName: null, sizeBytes: null, version: 2 });
    expect(mail.text).toContain('It has been updated: this is version 2.');
    expect(mail.text).not.toContain('File:');
    expect(mail.text).not.toContain('Size:');
    expect(mail.text).toContain(`Open the material: ${base.link}`);
  });
});
