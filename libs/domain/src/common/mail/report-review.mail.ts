import { defineMailTemplate, type MailRecipient } from './mail-template.js';

export interface ReportReviewMailData extends MailRecipient {
  displayName: string;
  programme: string;
  /** The report stage's title ("Action plan"). */
  stage: string;
  decision: 'accepted' | 'returned';
  /** The version reviewed (1, 2, …). */
  number: number;
  comment: string | null;
  /** Σ weight × points, and the highest possible; null without a rubric. */
  total: number | null;
  maxTotal: number | null;
  reviewedAt: Date;
  /** When a returned report is due (in the trainee's zone); null once accepted. */
  dueAt: Date | null;
}

const score = (d: ReportReviewMailData) =>
  d.total === null ? null : d.maxTotal === null ? String(d.total) : `${d.total} / ${d.maxTotal}`;

/** A trainee's notice that their report was accepted, or returned for revision with the reviewer's comment. */
export const reportReviewMail = defineMailTemplate<ReportReviewMailData>({
  en: (d, f) => ({
    subject:
      d.decision === 'accepted'
        ? `Accepted: ${d.stage} (${d.programme})`
        : `Returned for revision: ${d.stage} (${d.programme})`,
    greeting: `Dear ${d.displayName},`,
    body: [
      d.decision === 'accepted'
        ? `Your ${d.stage} (version ${d.number}) has been accepted.`
        : `Your ${d.stage} (version ${d.number}) has been returned for revision. Please submit a new version.`,
      {
        facts: [
          ['Reviewed', f.instant(d.reviewedAt)],
          ['Score', score(d)],
          ['Due', d.dueAt ? f.instant(d.dueAt) : null],
        ],
      },
      d.comment ? { heading: 'Comment' } : null,
      d.comment,
    ],
    footer: [`You receive this email because you are enrolled in ${d.programme}.`],
  }),
  ja: (d, f) => ({
    subject:
      d.decision === 'accepted'
        ? `受理されました：${d.stage}（${d.programme}）`
        : `差し戻し：${d.stage}（${d.programme}）`,
    greeting: `${d.displayName} 様`,
    body: [
      d.decision === 'accepted'
        ? `提出された${d.stage}（第${d.number}版）が受理されました。`
        : `提出された${d.stage}（第${d.number}版）が差し戻されました。修正版を提出してください。`,
      {
        facts: [
          ['確認日時', f.instant(d.reviewedAt)],
          ['評価', score(d)],
          ['提出期限', d.dueAt ? f.instant(d.dueAt) : null],
        ],
      },
      d.comment ? { heading: 'コメント' } : null,
      d.comment,
    ],
    footer: [`${d.programme} に参加登録されているため、このメールをお送りしています。`],
  }),
});
