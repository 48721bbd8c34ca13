import ical, { ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { SessionKind, SessionStatus } from '../sessions/session.entity.js';

/** One session as a calendar feed writes it; `meetingUrl` and `dialIn` only when the reader may see them. */
export interface FeedEvent {
  id: string;
  programmeCode: string;
  programmeTitle: string;
  hostTimeZone: string;
  kind: SessionKind;
  title: string;
  status: SessionStatus;
  startsAt: Date | null;
  endsAt: Date | null;
  /** The zone the session was planned in: its times are written in it (TZID), with its VTIMEZONE. */
  timeZone: string;
  allDayFrom: string | null;
  /** Inclusive (the feed writes the day after, as RFC 5545's DTEND is exclusive). */
  allDayTo: string | null;
  room: string | null;
  meetingUrl: string | null;
  dialIn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const KNOWN_ZONES = new Set(tzlib_get_timezones() as string[]);
const vtimezones = new Map<string, string | null>();

/**
 * The VTIMEZONE of an IANA zone (current IANA rules, from timezones-ical-library), or null for one it does
 * not know (events in such a zone are written in UTC instead). The library answers a linked zone with its
 * target's block (Europe/Copenhagen with Europe/Berlin's, identical since 1970); the block is renamed to
 * the zone the events name.
 */
export function vtimezone(zone: string): string | null {
  if (!vtimezones.has(zone)) {
    const block = KNOWN_ZONES.has(zone) ? tzlib_get_ical_block(zone) : null;
    vtimezones.set(
      zone,
      Array.isArray(block) && block[0]
        ? block[0]
            .replace(/^TZID:.*$/m, `TZID:${zone}`)
            .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`)
        : null,
    );
  }
  return vtimezones.get(zone)!;
}

const KIND_NAMES: Record<SessionKind, string> = {
  lecture: 'Lecture',
  webinar: 'Webinar',
  meeting: 'Meeting',
  workshop: 'Workshop',
  site_visit: 'Site visit',
};

/**
 * Whether the wall-clock time of this instant in `zone` happens twice there (the hour repeated when clocks
 * go back). RFC 5545 reads such a TZID time as the first of the two, but parsers differ (ical.js takes the
 * second), so an event with an end in that hour is written in UTC, which none can read wrong.
 */
export function repeatedWallTime(at: Date, zone: string): boolean {
  const dt = DateTime.fromJSDate(at, { zone });
  const wall = (d: DateTime) => d.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  return [30, 60, 120].some(
    (minutes) => wall(dt.minus({ minutes })) === wall(dt) || wall(dt.plus({ minutes })) === wall(dt),
  );
}

/** "Tue 6 Oct 2026, 09:30–11:00 (UTC+09:00)" in the host's zone: the feed's reader sees their own time. */
function hostTimes(e: FeedEvent): string {
  const start = DateTime.fromJSDate(e.startsAt!, { zone: e.hostTimeZone }).setLocale('en');
  const end = DateTime.fromJSDate(e.endsAt!, { zone: e.hostTimeZone }).setLocale('en');
  const until = start.hasSame(end, 'day') ? end.toFormat('HH:mm') : end.toFormat('ccc d LLL yyyy, HH:mm');
  return `${start.toFormat('ccc d LLL yyyy, HH:mm')}–${until} (UTC${start.toFormat('ZZ')})`;
}

/**
 * A calendar (RFC 5545) of these sessions. Each event's UID is the session's, stable for good; SEQUENCE,
 * DTSTAMP and LAST-MODIFIED follow the session's last change, so a calendar that re-reads the feed replaces
 * the event (the same feed twice is the same text, for ETags). Timed events are written in the zone they
 * were planned in with that zone's VTIMEZONE; all-day ones as dates (VALUE=DATE) with the day after as
 * DTEND; cancelled ones with STATUS:CANCELLED and no link.
 */
export function calendarIcs(events: FeedEvent[], options: { name: string; uidDomain: string }): string {
  const calendar = ical({
    prodId: { company: 'Kenshu', product: 'Schedule', language: 'EN' },
    name: options.name,
    // No calendar zone: DTSTAMP and LAST-MODIFIED stay in UTC; each event names its own zone.
    timezone: { name: null, generator: vtimezone },
    ttl: 60 * 60,
  });
  for (const e of events) {
    const cancelled = e.status === 'cancelled';
    const description = [
      `${e.programmeCode} · ${e.programmeTitle}`,
      KIND_NAMES[e.kind] ?? e.kind,
      ...(e.startsAt && e.endsAt ? [`Host time (${e.hostTimeZone}): ${hostTimes(e)}`] : []),
      ...(cancelled ? ['Cancelled.'] : []),
      ...(e.meetingUrl ? [`Join: ${e.meetingUrl}`] : []),
      ...(e.dialIn ? [`Dial-in: ${e.dialIn}`] : []),
    ].join('\n');
    const common = {
      id: `${e.id}@${options.uidDomain}`,
      // Seconds between creation and the last change: it only grows, and every change moves it on.
      sequence: Math.max(0, Math.floor((e.updatedAt.getTime() - e.createdAt.getTime()) / 1000)),
      stamp: e.updatedAt,
      created: e.createdAt,
      lastModified: e.updatedAt,
      summary: `${e.programmeCode}: ${e.title}`,
      description,
      location: e.room ?? e.meetingUrl ?? null,
      url: e.meetingUrl,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: cancelled ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    };
    if (e.startsAt && e.endsAt) {
      const zone =
        vtimezone(e.timeZone) &&
        !repeatedWallTime(e.startsAt, e.timeZone) &&
        !repeatedWallTime(e.endsAt, e.timeZone)
          ? e.timeZone
          : 'UTC';
      calendar.createEvent({
        ...common,
        // Luxon objects in the event's zone: ical-generator writes their wall-clock time with TZID.
        start: DateTime.fromJSDate(e.startsAt, { zone }),
        end: DateTime.fromJSDate(e.endsAt, { zone }),
        timezone: zone === 'UTC' ? null : zone,
      });
    } else if (e.allDayFrom && e.allDayTo) {
      calendar.createEvent({
        ...common,
        allDay: true,
        start: DateTime.fromISO(e.allDayFrom, { zone: 'UTC' }),
        end: DateTime.fromISO(e.allDayTo, { zone: 'UTC' }).plus({ days: 1 }),
      });
    }
  }
  return calendar.toString();
}
