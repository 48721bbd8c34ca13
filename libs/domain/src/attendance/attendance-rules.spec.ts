import {
  CHECK_IN_ALPHABET,
  importedStatus,
  mergeIntervals,
  minutesWithin,
  newCheckInCode,
  normaliseCode,
  reconcile,
  sessionSpan,
  type Decision,
} from './attendance-rules.js';

const at = (iso: string) => new Date(iso);
const decision = (d: Partial<Decision>): Decision => ({
  status: 'present',
  note: null,
  source: 'offline',
  recordedAt: at('2026-12-10T07:00:00Z'),
  recordedBy: 'instructor-a',
  ...d,
});

describe('attendance rules', () => {
  describe('check-in codes', () => {
    it('draws six characters from the unambiguous alphabet, different each time', () => {
      const codes = Array.from({ length: 200 }, newCheckInCode);
      for (const c of codes) expect(c).toMatch(new RegExp(`^[${CHECK_IN_ALPHABET}]{6}$`));
      expect(codes.join('')).not.toMatch(/[01OIL]/);
      expect(new Set(codes).size).toBeGreaterThan(195);
    });

    it('reads a typed code without case, spaces or dashes', () => {
      expect(normaliseCode(' k7q-3xp ')).toBe('K7Q3XP');
    });
  });

  describe('interval merging', () => {
    it('merges overlapping and touching intervals and keeps gaps', () => {
      expect(
        mergeIntervals([
          [50, 60],
          [0, 10],
          [5, 20],
          [20, 30],
          [40, 45],
        ]),
      ).toEqual([
        [0, 30],
        [40, 45],
        [50, 60],
      ]);
    });

    it('counts a rejoin inside an earlier interval once, clipped to the session', () => {
      const min = 60_000;
      // Session 0–90 min; joined 10 min early until 30, rejoined twice (overlapping), left 20 min after the end.
      const spans: [number, number][] = [
        [-10 * min, 30 * min],
        [20 * min, 50 * min],
        [45 * min, 110 * min],
      ];
      expect(minutesWithin(spans, 0, 90 * min)).toBe(90);
      expect(
        minutesWithin(
          [
            [0, 30 * min],
            [60 * min, 70 * min],
          ],
          0,
          90 * min,
        ),
      ).toBe(40);
      expect(minutesWithin([[100 * min, 120 * min]], 0, 90 * min)).toBe(0);
    });

    it('marks present from the threshold share of the session', () => {
      expect(importedStatus(68, 90, 75)).toBe('present');
      expect(importedStatus(67, 90, 75)).toBe('absent');
      expect(importedStatus(90, 90, 100)).toBe('present');
    });
  });

  describe('session span', () => {
    it('runs an all-day session from its first midnight to the midnight after its last day, in its zone', () => {
      expect(
        sessionSpan({
          startsAt: null,
          endsAt: null,
          allDayFrom: '2026-12-10',
          allDayTo: '2026-12-11',
          timeZone: 'Pacific/Kiritimati',
        }),
      ).toEqual({ start: at('2026-12-09T10:00:00Z'), end: at('2026-12-11T10:00:00Z') });
    });
  });

  describe('reconciliation', () => {
    it('applies over nothing, a check-in or an automatic absence', () => {
      expect(reconcile(null, decision({}))).toEqual({ outcome: 'applied', overrode: false });
      const late = decision({ recordedAt: at('2026-12-09T00:00:00Z') });
      expect(reconcile(decision({ source: 'check_in', status: 'late' }), late).outcome).toBe('applied');
      expect(reconcile(decision({ source: 'auto', status: 'absent' }), late).outcome).toBe('applied');
    });

    it('keeps a later instructor decision and reports the incoming one as lost', () => {
      const stored = decision({
        source: 'instructor',
        status: 'excused',
        recordedAt: at('2026-12-10T08:00:00Z'),
      });
      expect(reconcile(stored, decision({ status: 'absent' }))).toEqual({ outcome: 'lost' });
    });

    it('applies a later decision over another person’s different one, flagged as overriding', () => {
      const stored = decision({ source: 'instructor', status: 'absent', recordedBy: 'instructor-b' });
      const incoming = decision({ recordedAt: at('2026-12-10T07:30:00Z') });
      expect(reconcile(stored, incoming)).toEqual({ outcome: 'applied', overrode: true });
      expect(reconcile({ ...stored, recordedBy: 'instructor-a' }, incoming)).toEqual({
        outcome: 'applied',
        overrode: false,
      });
    });

    it('changes nothing for the same decision uploaded again, and keeps the stored one at equal times', () => {
      const stored = decision({});
      expect(reconcile(stored, decision({}))).toEqual({ outcome: 'unchanged' });
      expect(reconcile(stored, decision({ status: 'late' }))).toEqual({ outcome: 'lost' });
    });
  });
});
