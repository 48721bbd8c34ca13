import { EnvironmentVariables, validateEnvironment } from './environment.js';

/** The typed, validated configuration both processes read. Built once at start-up. */
export class AppConfig {
  readonly env: EnvironmentVariables['NODE_ENV'];
  readonly http: {
    port: number;
    publicUrl: string;
    corsOrigins: string[];
    trustProxyHops: number;
    webDir: string;
  };
  readonly database: { url: string; poolSize: number };
  readonly redis: { url: string; prefix: string };
  readonly mail: { smtpUrl?: string; from: string; dir: string };
  readonly storage: { dir: string };
  readonly outbox: { batchSize: number; pollMs: number; redeliverAfterS: number; retentionDays: number };
  readonly worker: { concurrency: number; heartbeatTtlS: number; lockMs: number };
  /** How long a process may take to finish in-flight requests and active jobs when told to stop. */
  readonly shutdownTimeoutMs: number;
  readonly health: { timeoutMs: number };
  readonly log: { level: string };
  readonly demo: { password: string };
  readonly secret: string;
  readonly reminders: { hoursBefore: number; pollS: number };
  readonly materials: {
    pollS: number;
    maxBytes: Record<'document' | 'image' | 'audio' | 'video', number>;
    attachMaxBytes: number;
    linkTtlDays: number;
  };
  readonly attendance: {
    markLeadMin: number;
    checkInOpensMin: number;
    checkInClosesMin: number;
    lateGraceMin: number;
    autoAbsentAfterHours: number;
    importThresholdPercent: number;
    pollS: number;
  };
  readonly reports: { maxBytes: number };
  readonly exports: { syncMaxParticipants: number };
  readonly certificates: { verifyPerIpPerMinute: number };
  readonly assessments: { sweepS: number };
  readonly completion: { sweepHourUtc: number; sweepPollS: number };
  readonly surveys: {
    closePollS: number;
    planPollS: number;
    reminderPollS: number;
    tokenPerIpPerMinute: number;
  };
  readonly auth: {
    accessTokenTtlS: number;
    refreshTokenTtlDays: number;
    invitationTtlDays: number;
    loginFailuresPerAccount: number;
    loginFailuresPerIp: number;
  };

  constructor(v: EnvironmentVariables) {
    this.env = v.NODE_ENV;
    this.http = {
      port: v.PORT,
      publicUrl: (v.PUBLIC_URL || `http://localhost:${v.PORT}`).replace(/\/$/, ''),
      corsOrigins: v.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      trustProxyHops: v.TRUST_PROXY_HOPS,
      webDir: v.WEB_DIR,
    };
    this.database = { url: v.DATABASE_URL, poolSize: v.DATABASE_POOL_SIZE };
    this.redis = { url: v.REDIS_URL, prefix: v.QUEUE_PREFIX };
    this.mail = { smtpUrl: v.SMTP_URL, from: v.MAIL_FROM, dir: v.MAIL_DIR };
    this.storage = { dir: v.STORAGE_DIR };
    this.outbox = {
      batchSize: v.OUTBOX_BATCH_SIZE,
      pollMs: v.OUTBOX_POLL_MS,
      redeliverAfterS: v.OUTBOX_REDELIVER_AFTER_S,
      retentionDays: v.OUTBOX_RETENTION_DAYS,
    };
    this.worker = {
      concurrency: v.WORKER_CONCURRENCY,
      heartbeatTtlS: v.WORKER_HEARTBEAT_TTL_S,
      lockMs: v.WORKER_LOCK_MS,
    };
    this.shutdownTimeoutMs = v.SHUTDOWN_TIMEOUT_MS;
    this.health = { timeoutMs: v.HEALTH_TIMEOUT_MS };
    this.log = { level: v.LOG_LEVEL };
    this.demo = { password: v.DEMO_PASSWORD };
    this.secret = v.APP_SECRET;
    this.reminders = { hoursBefore: v.REMINDER_HOURS_BEFORE, pollS: v.REMINDER_POLL_S };
    const mib = 1024 * 1024;
    this.materials = {
      pollS: v.MATERIAL_POLL_S,
      maxBytes: {
        document: v.MATERIAL_MAX_MB_DOCUMENT * mib,
        image: v.MATERIAL_MAX_MB_IMAGE * mib,
        audio: v.MATERIAL_MAX_MB_AUDIO * mib,
        video: v.MATERIAL_MAX_MB_VIDEO * mib,
      },
      attachMaxBytes: v.MATERIAL_ATTACH_MAX_KB * 1024,
      linkTtlDays: v.MATERIAL_LINK_TTL_DAYS,
    };
    this.attendance = {
      markLeadMin: v.ATTENDANCE_MARK_LEAD_MIN,
      checkInOpensMin: v.ATTENDANCE_CHECK_IN_OPENS_MIN,
      checkInClosesMin: v.ATTENDANCE_CHECK_IN_CLOSES_MIN,
      lateGraceMin: v.ATTENDANCE_LATE_GRACE_MIN,
      autoAbsentAfterHours: v.ATTENDANCE_AUTO_ABSENT_AFTER_HOURS,
      importThresholdPercent: v.ATTENDANCE_IMPORT_THRESHOLD_PERCENT,
      pollS: v.ATTENDANCE_POLL_S,
    };
    this.reports = { maxBytes: v.REPORT_MAX_MB * mib };
    this.exports = { syncMaxParticipants: v.EXPORT_SYNC_MAX_PARTICIPANTS };
    this.certificates = { verifyPerIpPerMinute: v.CERTIFICATE_VERIFY_PER_IP };
    this.assessments = { sweepS: v.ASSESSMENT_SWEEP_S };
    this.completion = { sweepHourUtc: v.COMPLETION_SWEEP_HOUR_UTC, sweepPollS: v.COMPLETION_SWEEP_POLL_S };
    this.surveys = {
      closePollS: v.SURVEY_CLOSE_POLL_S,
      planPollS: v.SURVEY_PLAN_POLL_S,
      reminderPollS: v.SURVEY_REMINDER_POLL_S,
      tokenPerIpPerMinute: v.SURVEY_TOKEN_PER_IP,
    };
    this.auth = {
      accessTokenTtlS: v.ACCESS_TOKEN_TTL_S,
      refreshTokenTtlDays: v.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlDays: v.INVITATION_TTL_DAYS,
      loginFailuresPerAccount: v.LOGIN_FAILURES_PER_ACCOUNT,
      loginFailuresPerIp: v.LOGIN_FAILURES_PER_IP,
    };
  }

  static fromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
    return new AppConfig(validateEnvironment(env));
  }
}
