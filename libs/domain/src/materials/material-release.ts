import type { MaterialEntity } from './material.entity.js';

const DAY_MS = 24 * 3600 * 1000;

/** What a release rule needs of the material's session. */
export interface ReleaseAnchor {
  startsAt: Date | null;
  endsAt: Date | null;
  status: string;
}

/**
 * When trainees get a material, or null for "not yet known": a rule relative to a session waits while
 * the session has no time (an all-day item) and never releases for a cancelled one.
 */
export function releaseInstant(
  m: Pick<MaterialEntity, 'releaseRule' | 'releaseAt' | 'releaseOffsetDays' | 'createdAt'>,
  session: ReleaseAnchor | null,
): Date | null {
  const days = (m.releaseOffsetDays ?? 0) * DAY_MS;
  switch (m.releaseRule) {
    case 'now':
      return m.createdAt;
    case 'at':
      return m.releaseAt;
    case 'before_session':
      if (!session?.startsAt || session.status === 'cancelled') return null;
      return new Date(session.startsAt.getTime() - days);
    case 'after_session':
      if (!session?.endsAt || session.status === 'cancelled') return null;
      return new Date(session.endsAt.getTime() + days);
  }
}

/**
 * The same instant in SQL, over a material `m` LEFT JOINed to its session `s`. The materials feature reads
 * the session table directly here (one query per list instead of one per material), as the schedule does.
 */
export const RELEASE_SQL = `CASE m.release_rule
    WHEN 'now' THEN m.created_at
    WHEN 'at' THEN m.release_at
    WHEN 'before_session' THEN IF(s.status = 'cancelled', NULL, s.starts_at - INTERVAL COALESCE(m.release_offset_days, 0) DAY)
    WHEN 'after_session' THEN IF(s.status = 'cancelled', NULL, s.ends_at + INTERVAL COALESCE(m.release_offset_days, 0) DAY)
  END`;
