import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

/** Good enough on a laptop; refused in production. */
export const DEVELOPMENT_SECRET = 'development-only-secret-change-me-0123456789';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** A whole number between `min` and `max`, read from its string. */
function IntegerVariable(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    Transform(toInt)(target, key);
    IsInt({ message: 'must be an integer' })(target, key);
    Min(min)(target, key);
    Max(max)(target, key);
  };
}

/**
 * Every environment variable Kenshu reads, with its local default.
 * `.env.example` documents each one; a test keeps the two in step.
 */
export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IntegerVariable(1, 65535)
  PORT = 3000;

  /** Where people reach the API (emailed links); empty means http://localhost:<PORT>. */
  @ValidateIf((v: EnvironmentVariables) => v.PUBLIC_URL !== '')
  @IsString()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL = '';

  /**
   * How many reverse proxies stand in front of the API. 0 (the default): the client IP is the socket's,
   * and X-Forwarded-For is ignored, so nobody can dodge the per-IP login throttle by forging it.
   */
  @IntegerVariable(0, 10)
  TRUST_PROXY_HOPS = 0;

  /** Browser origins other than the API's own that may call it; none by default (same-origin). */
  @IsString()
  @Matches(/^(\s*https?:\/\/[^\s,]+\s*)(,\s*https?:\/\/[^\s,]+\s*)*$|^$/, {
    message: 'must be a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS = '';

  /** The built web app (`npm run web:build`), served at `/`; the API serves none when it holds no index.html. */
  @IsString()
  @MinLength(1)
  WEB_DIR = 'dist/web';

  @IsString()
  @Matches(/^(mysql|mariadb):\/\/[^\s/]+\/[A-Za-z0-9_]+(\?.*)?$/, {
    message: 'must look like mysql://user:password@host:port/database (or mariadb://…)',
  })
  DATABASE_URL = 'mysql://root@127.0.0.1:3306/kenshu';

  @IntegerVariable(2, 200)
  DATABASE_POOL_SIZE = 20;

  @IsString()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must look like redis://host:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be lower-case letters, digits and dashes' })
  QUEUE_PREFIX = 'kenshu';

  @IsOptional()
  @IsString()
  @Matches(/^smtps?:\/\/[^\s]+$/, {
    message: 'must look like smtp://host:port or smtps://user:pass@host:port',
  })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Kenshu <no-reply@kenshu.example>';

  @IsString()
  @MinLength(1)
  MAIL_DIR = '.data/mail';

  @IsString()
  @MinLength(1)
  STORAGE_DIR = '.data/storage';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IntegerVariable(1, 10_000)
  OUTBOX_BATCH_SIZE = 500;

  @IntegerVariable(10, 60_000)
  OUTBOX_POLL_MS = 200;

  /** Relayed rows whose job has not finished after this long are relayed again (a lost Redis). */
  @IntegerVariable(1, 86_400)
  OUTBOX_REDELIVER_AFTER_S = 300;

  /** Finished outbox rows (done or finally failed) are deleted after this many days. */
  @IntegerVariable(1, 3650)
  OUTBOX_RETENTION_DAYS = 7;

  @IntegerVariable(1, 500)
  WORKER_CONCURRENCY = 16;

  /** How long a job's lock lasts; a dead worker's jobs are taken over after about this long. */
  @IntegerVariable(1000, 600_000)
  WORKER_LOCK_MS = 30_000;

  @IntegerVariable(100, 600_000)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @IntegerVariable(2, 3600)
  WORKER_HEARTBEAT_TTL_S = 15;

  @IntegerVariable(50, 60_000)
  HEALTH_TIMEOUT_MS = 1500;

  /** Signs the links sent by email (password reset, later invitations and downloads). */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  APP_SECRET = DEVELOPMENT_SECRET;

  /** Lifetime of an access token (a JWT); revoking a session still stops its tokens at once. */
  @IntegerVariable(60, 86_400)
  ACCESS_TOKEN_TTL_S = 900;

  /** A refresh token works once, within this many days; each refresh issues a new one. */
  @IntegerVariable(1, 365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** How long an emailed invitation link stays valid. */
  @IntegerVariable(1, 90)
  INVITATION_TTL_DAYS = 14;

  /** Failed logins allowed per account per minute; the next one gets 429 with Retry-After. */
  @IntegerVariable(1, 10_000)
  LOGIN_FAILURES_PER_ACCOUNT = 10;

  /** Failed logins allowed per client IP per minute, over all accounts. */
  @IntegerVariable(1, 100_000)
  LOGIN_FAILURES_PER_IP = 50;

  /** Trainees are reminded of a session this many hours before it starts. */
  @IntegerVariable(1, 336)
  REMINDER_HOURS_BEFORE = 24;

  /** How often the worker looks for reminders that have fallen due. */
  @IntegerVariable(1, 3600)
  REMINDER_POLL_S = 60;

  /** How often the worker looks for released material versions to deliver and bundles to rebuild. */
  @IntegerVariable(1, 3600)
  MATERIAL_POLL_S = 10;

  /** Largest upload per kind of file, in MiB: documents (PDF, office), images, audio, video. */
  @IntegerVariable(1, 4096)
  MATERIAL_MAX_MB_DOCUMENT = 100;

  @IntegerVariable(1, 4096)
  MATERIAL_MAX_MB_IMAGE = 20;

  @IntegerVariable(1, 4096)
  MATERIAL_MAX_MB_AUDIO = 200;

  @IntegerVariable(1, 4096)
  MATERIAL_MAX_MB_VIDEO = 1024;

  /** A released file is attached to its email only up to this size (KiB); above it, only the link. 0: never. */
  @IntegerVariable(0, 10240)
  MATERIAL_ATTACH_MAX_KB = 512;

  /** How long the signed download link in a material email works. */
  @IntegerVariable(1, 365)
  MATERIAL_LINK_TTL_DAYS = 14;

  /** Staff may take a session's attendance from this many minutes before it starts. */
  @IntegerVariable(0, 1440)
  ATTENDANCE_MARK_LEAD_MIN = 30;

  /** A session's check-in code works from this many minutes before it starts… */
  @IntegerVariable(0, 1440)
  ATTENDANCE_CHECK_IN_OPENS_MIN = 15;

  /** …until this many minutes after it ends. */
  @IntegerVariable(0, 1440)
  ATTENDANCE_CHECK_IN_CLOSES_MIN = 30;

  /** A check-in more than this many minutes after the start is recorded as late. */
  @IntegerVariable(0, 1440)
  ATTENDANCE_LATE_GRACE_MIN = 10;

  /** Trainees still unmarked this many hours after a session ends are marked absent. */
  @IntegerVariable(1, 8760)
  ATTENDANCE_AUTO_ABSENT_AFTER_HOURS = 24;

  /** A webinar import marks present who attended at least this share of the session (percent). */
  @IntegerVariable(1, 100)
  ATTENDANCE_IMPORT_THRESHOLD_PERCENT = 75;

  /** How often the worker looks for ended sessions whose unmarked trainees become absent. */
  @IntegerVariable(1, 86_400)
  ATTENDANCE_POLL_S = 300;

  /**
   * Largest programme (participants) whose export is streamed straight from GET …/exports/<kind>.csv|xlsx;
   * a larger one is refused there (EXPORT.TOO_LARGE) and made as a file by POST …/exports (a job).
   */
  @IntegerVariable(1, 1_000_000)
  EXPORT_SYNC_MAX_PARTICIPANTS = 2000;

  /** Largest file a trainee may attach to a report submission, in MiB. */
  @IntegerVariable(1, 1024)
  REPORT_MAX_MB = 25;

  /** Public certificate verifications allowed per client IP (and per code) per minute; then 429. */
  @IntegerVariable(1, 100_000)
  CERTIFICATE_VERIFY_PER_IP = 60;

  /** How often the worker grades assessment attempts left past their deadline. */
  @IntegerVariable(1, 3600)
  ASSESSMENT_SWEEP_S = 60;

  /** The hour (UTC) from which the nightly completion sweep re-evaluates every active trainee, once a day. */
  @IntegerVariable(0, 23)
  COMPLETION_SWEEP_HOUR_UTC = 2;

  /** How often the worker checks whether the nightly sweep is due (s). */
  @IntegerVariable(1, 3600)
  COMPLETION_SWEEP_POLL_S = 300;

  /** How often the worker closes the surveys whose closing time has passed (aggregates and freezes results). */
  @IntegerVariable(1, 3600)
  SURVEY_CLOSE_POLL_S = 60;

  /** How often the worker re-plans the evaluation plans' surveys and makes the ones that are due (s). */
  @IntegerVariable(1, 3600)
  SURVEY_PLAN_POLL_S = 60;
  /** How often the worker queues the survey reminders that have fallen due (non-respondents only). */
  @IntegerVariable(1, 3600)
  SURVEY_REMINDER_POLL_S = 60;

  /** Calls of the public survey-invitation routes allowed per client IP (and per token) per minute; then 429. */
  @IntegerVariable(1, 100_000)
  SURVEY_TOKEN_PER_IP = 120;

  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  DEMO_PASSWORD = 'Kenshu-demo-2026';
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: { variable: string; reason: string }[]) {
    super('Invalid configuration:\n' + problems.map((p) => `  - ${p.variable}: ${p.reason}`).join('\n'));
    this.name = 'ConfigValidationError';
  }
}

/** Reads and validates the environment; throws ConfigValidationError naming every bad variable. */
export function validateEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const known = Object.keys(new EnvironmentVariables());
  const raw: Record<string, string> = {};
  for (const key of [...known, 'SMTP_URL']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(parsed, { forbidUnknownValues: true });
  const problems = errors.map((e) => {
    const constraints = e.constraints ?? {};
    // "not an integer" says it all; "must not be greater than …" only matters for an integer.
    const reasons = constraints.isInt ? [constraints.isInt] : Object.values(constraints);
    const reason = reasons
      .map((r) => (r.startsWith(`${e.property} `) ? r.slice(e.property.length + 1) : r))
      .join('; ');
    return { variable: e.property, reason: `${reason} (got ${JSON.stringify(e.value)})` };
  });
  if (parsed.NODE_ENV === 'production' && parsed.APP_SECRET === DEVELOPMENT_SECRET) {
    problems.push({ variable: 'APP_SECRET', reason: 'must be set to a secret of your own in production' });
  }
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return parsed;
}
