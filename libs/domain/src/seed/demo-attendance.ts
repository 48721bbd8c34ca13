import type { EntityManager } from 'typeorm';
import { AttendanceEntity, type AttendanceStatus } from '../attendance/attendance.entity.js';
import { SessionEntity } from '../sessions/session.entity.js';

/** Fixed ids so that seeding twice updates the same rows. */
const att = (n: number) => `00000000-0000-4000-d000-0000000000${String(n).padStart(2, '0')}`;
/** The bilateral meetings of FY2023 (demo-programmes.ts: TMG-BILATERAL-FY2023, long past). */
const ses = (n: number) => `00000000-0000-4000-a200-0000000000${String(n).padStart(2, '0')}`;
const USR = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;
const INSTRUCTOR = USR(3);

/** [session, trainee, status, note]: the cohort came to nearly everything; one late, one excused. */
const RECORDS: [number, number, AttendanceStatus, string | null][] = [
  [11, 5, 'present', null],
  [11, 6, 'present', null],
  [11, 7, 'late', 'Joined 15 minutes late: connection trouble'],
  [12, 5, 'present', null],
  [12, 6, 'excused', 'Excused: council budget hearing the same day'],
  [12, 7, 'present', null],
  [13, 5, 'present', null],
  [13, 6, 'present', null],
  [13, 7, 'present', null],
  [14, 5, 'present', null],
  [14, 6, 'present', null],
  [14, 7, 'present', null],
];

/** Idempotent: the same rows every time, in the caller's transaction, taken by the demo instructor at each meeting's end. */
export async function seedDemoAttendance(em: EntityManager): Promise<number> {
  const sessions = new Map(
    (await em.find(SessionEntity, { where: RECORDS.map(([s]) => ({ id: ses(s) })) })).map((s) => [s.id, s]),
  );
  const rows = RECORDS.map(([s, u, status, note], i) => ({
    id: att(i + 1),
    sessionId: ses(s),
    userId: USR(u),
    status,
    note,
    source: 'instructor' as const,
    recordedBy: INSTRUCTOR,
    recordedAt: sessions.get(ses(s))!.endsAt!,
    checkedInAt: null,
    minutesAttended: null,
  }));
  await em.upsert(AttendanceEntity, rows, ['sessionId', 'userId']);
  return rows.length;
}
