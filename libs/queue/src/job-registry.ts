/**
 * The one registry of queues and jobs. Queues are nouns, jobs verb-noun. A payload carries ids, never
 * state: the handler reads the current rows when it runs.
 */
export const QUEUE_NAMES = ['system', 'mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Does nothing: shows (and measures) the path from an outbox row to a worker, end to end. */
  'check-pipeline': { note?: string };
  /**
   * Records that it ran, and nothing else: the stand-in job of fault tests and benchmarks. `holdMs`
   * makes it take that long (slow work, for shutdown tests); `fail` makes it fail for good.
   */
  'record-probe': { probeId: string; holdMs?: number; fail?: boolean };
  /** Email a password-reset link (the link is derived from the request id, never stored raw). */
  'send-password-reset': { passwordResetId: string };
  /** Email an invitation link (derived from the invitation id, like the reset link). */
  'send-invitation': { invitationId: string };
  /** Remind a trainee of a session (skipped if it moved, was cancelled, or they left the programme). */
  'send-session-reminder': { reminderId: string };
  /** A programme has more places than before: move waiting trainees up while places are free. */
  'fill-waiting-list': { programmeId: string };
  /** Email one released material version to one trainee (skipped if they left or it was replaced). */
  'send-material': { deliveryId: string };
  /** Build (or rebuild) a low-bandwidth ZIP of a programme phase's materials in one language. */
  'build-material-bundle': { bundleId: string };
  /**
   * Re-evaluate one trainee's completion of a programme. Written (in the same transaction) by every change
   * to a completion input: attendance, a graded attempt, a reviewed report, the programme's rules.
   */
  'evaluate-completion': { programmeId: string; userId: string };
  /** Tell a trainee their report was accepted or returned (once per review). */
  'send-report-review': { reviewId: string };
  /**
   * Issue the certificate of a completed enrolment (skipped if it is not completed when the job runs):
   * the certificate and its PDF made once, then emailed once; never for a revoked one.
   */
  'issue-certificate': { enrolmentId: string };
  /**
   * Email one survey invitation (round 0) or reminder (round n) once; skipped if the survey closed, the
   * invitee answered or left the programme by then.
   */
  'send-survey-email': { emailId: string };
  /** Write a requested export (CSV or XLSX) to storage once and mark it ready (a rerun finds it ready). */
  'build-export': { exportId: string };
}

export type JobName = keyof JobPayloads;

/** Which queue each job runs on. A `Record` over `JobName`: a new job without a queue fails to compile. */
export const JOB_QUEUES: Record<JobName, QueueName> = {
  'check-pipeline': 'system',
  'record-probe': 'system',
  'send-password-reset': 'mail',
  'send-invitation': 'mail',
  'send-session-reminder': 'mail',
  'fill-waiting-list': 'system',
  'send-material': 'mail',
  'build-material-bundle': 'system',
  'evaluate-completion': 'system',
  'send-report-review': 'mail',
  'issue-certificate': 'mail',
  'build-export': 'system',
  'send-survey-email': 'mail',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

/** Metadata every job carries besides its payload. `outboxId` is set when the outbox relayed it. */
export interface JobEnvelope<N extends JobName = JobName> {
  payload: JobPayloads[N];
  outboxId?: string;
}

/** The job id for an outbox row: the same row always gives the same job, so re-relaying is a no-op. */
export const outboxJobId = (outboxId: string | number) => `outbox-${outboxId}`;
