import { loggedUrl } from './http-pipeline.js';

describe('the access log', () => {
  it('never records a calendar feed’s secret token', () => {
    expect(loggedUrl('/api/v1/calendar/3q2-7wQkAbCdEfGhIjKlMnOpQrStUvWxYz0123456789.ics?x=1')).toBe(
      '/api/v1/calendar/[token]?x=1',
    );
  });

  it('records every other URL as it came', () => {
    expect(loggedUrl('/api/v1/programmes/1/calendar')).toBe('/api/v1/programmes/1/calendar');
    expect(loggedUrl('/api/v1/me/calendar-feed')).toBe('/api/v1/me/calendar-feed');
  });
});
