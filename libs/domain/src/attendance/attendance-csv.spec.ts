import { readAttendanceCsv, webinarInstant } from './attendance-csv.js';

describe('webinar attendance CSV', () => {
  it('reads a wall-clock time in the session’s far zone, and an ISO instant by its own offset', () => {
    expect(webinarInstant('2026-12-10 16:00', 'Pacific/Kiritimati')).toBe(Date.parse('2026-12-10T02:00:00Z'));
    expect(webinarInstant('2026-12-10T16:00:30', 'America/Los_Angeles')).toBe(
      Date.parse('2026-12-11T00:00:30Z'),
    );
    expect(webinarInstant('2026-12-10T16:00:00+09:00', 'America/Los_Angeles')).toBe(
      Date.parse('2026-12-10T07:00:00Z'),
    );
  });

  it('refuses a wall-clock time the zone skips, and takes the first of a repeated one', () => {
    expect(webinarInstant('2026-03-08 02:30', 'America/Los_Angeles')).toMatch(/does not exist/);
    expect(webinarInstant('2026-11-01 01:30', 'America/Los_Angeles')).toBe(
      Date.parse('2026-11-01T08:30:00Z'),
    );
    expect(webinarInstant('10/12/2026 16:00', 'UTC')).toMatch(/ISO 8601/);
  });

  it('reports each bad row with its line and field, and keeps the good ones', () => {
    const file = Buffer.from(
      'email,join,leave\n' +
        'a@example.org,2026-12-10 16:00,2026-12-10 17:00\n' +
        'b@example.org,2026-12-10 17:00,2026-12-10 16:00\n' +
        'nobody,2026-12-10 16:00,soon\n',
    );
    const read = readAttendanceCsv(file, 'UTC', 100);
    expect(read.rows.map((r) => [r.line, r.email])).toEqual([[2, 'a@example.org']]);
    expect(read.badRows).toEqual([
      { line: 3, field: 'leave', reason: 'is before join' },
      { line: 4, field: 'email', reason: 'is not an email address' },
      { line: 4, field: 'leave', reason: expect.stringMatching(/ISO 8601/) },
    ]);
  });
});
