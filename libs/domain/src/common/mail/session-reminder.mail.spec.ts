import { sessionReminderMail } from './session-reminder.mail.js';

const base = {
  to: 'haruto@kenshu.example',
  displayName: 'Haruto',
  hostTimeZone: 'Asia/Tokyo',
  programme: 'Lean manufacturing',
  title: 'Kaizen workshop',
  startsAt: new Date('2026-10-06T01:00:00Z'),
  endsAt: new Date('2026-10-06T02:30:00Z'),
  place: 'Room 3',
  meetingUrl: 'https://meet.example.org/kaizen',
  idempotencyKey: 'session-reminder-1',
};

describe('sessionReminderMail', () => {
  it('writes Japanese with the time in the trainee zone beside the host time', () => {
    const mail = sessionReminderMail({ ...base, locale: 'ja', timeZone: 'America/Los_Angeles' });
    expect(mail.subject).toBe('リマインダー：Kaizen workshop');
    expect(mail.text).toContain(
      'あなたの時間: 2026年10月5日 18:00 GMT-7 (America/Los_Angeles) – 2026年10月5日 19:30 GMT-7 (America/Los_Angeles)',
    );
    expect(mail.text).toContain('開催地の時間: 2026年10月6日 10:00 JST (Asia/Tokyo)');
    expect(mail.text).toContain('場所: Room 3');
    expect(mail.text).toContain('https://meet.example.org/kaizen');
    expect(mail.html).toContain('href="https://meet.example.org/kaizen"');
  });

  it('writes English, without the host time when the trainee is in the host zone, nor a missing place or link', () => {
    const mail = sessionReminderMail({
      ...base,
      place: null,
      meetingUrl: null,
      locale: 'dv',
      timeZone: 'Asia/Tokyo',
    });
    expect(mail.subject).toBe('Reminder: Kaizen workshop');
    expect(mail.text).toContain('Your time: 6 October 2026 at 10:00 GMT+9 (Asia/Tokyo)');
    expect(mail.text).not.toContain('Host time');
    expect(mail.text).not.toContain('Where');
    expect(mail.html).not.toContain('<a ');
  });
});
