import { defineMailTemplate, type MailRecipient } from './mail-template.js';

export interface MaterialReleaseMailData extends MailRecipient {
  displayName: string;
  programme: string;
  title: string;
  description?: string | null;
  kind: 'file' | 'link' | 'text';
  fileName?: string | null;
  sizeBytes?: number | null;
  releasedAt: Date;
  /** Signed for this trainee, valid until `linkExpiresAt`. */
  link: string;
  linkExpiresAt: Date;
  /** 1 for the first release; more when the material was replaced and released again. */
  version: number;
}

/**
 * A trainee's notice that a material of their programme is out (or out again, updated), with the release
 * time in their zone, the file's name and size, and their own download link with its expiry. The caller
 * may attach the file to the returned message.
 */
export const materialReleaseMail = defineMailTemplate<MaterialReleaseMailData>({
  en: (d, f) => ({
    subject: `New material for ${d.programme}: ${d.title}`,
    greeting: `Dear ${d.displayName},`,
    body: [
      `New material has been released for ${d.programme}.`,
      d.version > 1 ? `It has been updated: this is version ${d.version}.` : null,
      { heading: d.title },
      d.description ?? null,
      {
        facts: [
          ['Released', f.instant(d.releasedAt)],
          ['File', d.kind === 'file' ? d.fileName : null],
          ['Size', d.kind === 'file' && d.sizeBytes != null ? f.size(d.sizeBytes) : null],
        ],
      },
      { action: d.kind === 'file' ? 'Download' : 'Open the material', href: d.link },
      `This link is signed for you and works until ${f.instant(d.linkExpiresAt)}.`,
    ],
    footer: [`You receive this email because you are enrolled in ${d.programme}.`],
  }),
  ja: (d, f) => ({
    subject: `${d.programme} の新しい資料：${d.title}`,
    greeting: `${d.displayName} 様`,
    body: [
      `${d.programme} の新しい資料が公開されました。`,
      d.version > 1 ? `この資料は更新されました（第${d.version}版）。` : null,
      { heading: d.title },
      d.description ?? null,
      {
        facts: [
          ['公開日時', f.instant(d.releasedAt)],
          ['ファイル', d.kind === 'file' ? d.fileName : null],
          ['サイズ', d.kind === 'file' && d.sizeBytes != null ? f.size(d.sizeBytes) : null],
        ],
      },
      { action: d.kind === 'file' ? 'ダウンロード' : '資料を開く', href: d.link },
      `このリンクはあなた専用で、${f.instant(d.linkExpiresAt)}まで有効です。`,
    ],
    footer: [`${d.programme} に参加登録されているため、このメールをお送りしています。`],
  }),
});
