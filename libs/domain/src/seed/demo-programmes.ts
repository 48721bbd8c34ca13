import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { EnrolmentEntity, type EnrolmentStatus } from '../enrolments/enrolment.entity.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import {
  ProgrammeEntity,
  ProgrammePhaseEntity,
  ProgrammeStaffEntity,
  type PhaseKind,
} from '../programmes/programme.entity.js';
import { instantFrom } from '../sessions/session-time.js';
import {
  SessionEntity,
  SessionInstructorEntity,
  type SessionKind,
  type SiteVisitDetails,
} from '../sessions/session.entity.js';

/** Fixed ids so that seeding twice updates the same rows. */
const prg = (n: number) => `00000000-0000-4000-a000-0000000000${String(n).padStart(2, '0')}`;
const phs = (n: number) => `00000000-0000-4000-a100-0000000000${String(n).padStart(2, '0')}`;
const ses = (n: number) => `00000000-0000-4000-a200-0000000000${String(n).padStart(2, '0')}`;

const fac = (n: number) => `00000000-0000-4000-a300-0000000000${String(n).padStart(2, '0')}`;
/** The demo menu's ids (demo-menu.ts). */
const mnu = (n: number) => `00000000-0000-4000-b000-0000000000${String(n).padStart(2, '0')}`;
const ORG = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const USR = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;
const COORDINATOR = USR(2);
const INSTRUCTOR = USR(3);

interface DemoSession {
  id: string;
  menuItem?: string;
  facility?: string;
  siteVisit?: SiteVisitDetails;
  phase: string | null;
  kind: SessionKind;
  title: string;
  /** Wall-clock times in the zone, or an all-day date. */
  at?: [string, string];
  day?: string;
  zone?: string;
  room?: string;
  meetingUrl?: string;
}

interface DemoProgramme {
  id: string;
  code: string;
  title: string;
  summary: string;
  funder: string;
  host: string;
  mode: ProgrammeEntity['mode'];
  status: ProgrammeEntity['status'];
  zone: string;
  capacity: number | null;
  phases: { id: string; name: string; kind: PhaseKind; startsOn: string; endsOn: string }[];
  sessions: DemoSession[];
  trainees: [string, EnrolmentStatus][];
}

/**
 * Host facilities, with the rules DESIGN.md records for plant visits by overseas groups: weekdays, a start
 * between 09:30 and 15:00, about 90 minutes, the visitor list two weeks ahead, one interpreter per 15
 * visitors, a lower cap for overseas groups.
 */
export const DEMO_FACILITIES: Omit<FacilityEntity, 'createdAt' | 'updatedAt'>[] = [
  {
    id: fac(1),
    name: 'Shin-Koto incineration plant',
    kind: 'incineration_plant',
    hostOrganisationId: ORG(2),
    address: '14-7 Shinsuna 3-chome, Koto-ku, Tokyo',
    latitude: 35.6465,
    longitude: 139.8265,
    timeZone: 'Asia/Tokyo',
    contactName: 'Visitor centre',
    contactEmail: 'visits.shinkoto@tokyo23.example',
    contactPhone: '+81 3 0000 0000',
    capacity: 40,
    overseasCapacity: 25,
    safetyNotes: 'Helmets and closed shoes on the plant floor; stay with the guide; no entry to the bunker.',
    allowedWeekdays: '1,2,3,4,5',
    earliestStart: '09:30:00',
    latestStart: '15:00:00',
    typicalDurationMin: 90,
    rosterDueDays: 14,
    visitorsPerInterpreter: 15,
    status: 'active',
  },
  {
    id: fac(2),
    name: 'Katsushika collection depot',
    kind: 'collection_depot',
    hostOrganisationId: ORG(3),
    address: 'Tateishi, Katsushika-ku, Tokyo',
    latitude: 35.7437,
    longitude: 139.8471,
    timeZone: 'Asia/Tokyo',
    contactName: 'Cleaning office',
    contactEmail: 'seiso@katsushika.example',
    contactPhone: null,
    capacity: 20,
    overseasCapacity: null,
    safetyNotes: 'Collection trucks leave from 07:30; keep to the marked walkway.',
    allowedWeekdays: '1,2,3,4,5,6',
    earliestStart: '09:00:00',
    latestStart: '14:00:00',
    typicalDurationMin: 60,
    rosterDueDays: 7,
    visitorsPerInterpreter: 15,
    status: 'active',
  },
  {
    id: fac(3),
    name: 'Central breakwater landfill (final disposal site)',
    kind: 'final_disposal_site',
    hostOrganisationId: ORG(1),
    address: 'Aomi 2-chome, Koto-ku, Tokyo',
    latitude: 35.6083,
    longitude: 139.7978,
    timeZone: 'Asia/Tokyo',
    contactName: 'Landfill management office',
    contactEmail: null,
    contactPhone: null,
    capacity: 45,
    overseasCapacity: 30,
    safetyNotes: 'Visits by bus only; stay on the bus inside the active cell.',
    allowedWeekdays: '1,2,3,4,5',
    earliestStart: '09:30:00',
    latestStart: '14:30:00',
    typicalDurationMin: 120,
    rosterDueDays: 14,
    visitorsPerInterpreter: 15,
    status: 'active',
  },
];

const plantVisit: SiteVisitDetails = {
  meetingPoint: 'Shin-Koto plant, visitor centre entrance',
  transport: [
    {
      mode: 'chartered bus',
      from: 'Hotel lobby, Shinjuku',
      to: 'Shin-Koto incineration plant',
      departsAt: '08:50',
    },
    { mode: 'chartered bus', from: 'Shin-Koto incineration plant', to: 'TMG No. 2 Building' },
  ],
  ppe: ['helmet', 'closed shoes'],
  photography: 'Allowed in the visitor centre and on the viewing gallery; not in the control room.',
  interpreterLanguages: ['en'],
  interpreters: 1,
  overseasGroup: true,
};

/**
 * From the public record of the FY2023 programmes (../shared/DESIGN.md), set in the coming months so the
 * demo has something to do: the Ministry of the Environment's training for overseas officials, the ADB
 * programme for the Maldives, TMG's online webinar series; and the FY2023 bilateral meetings, closed.
 */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    id: prg(1),
    code: 'MOEJ-2027-MSW',
    title: 'Training for overseas officials: municipal solid waste management',
    summary:
      'Separation at source, collection, the 3Rs and intermediate treatment, with visits to collection ' +
      'sites and incineration plants of the 23 wards. Funded by the Ministry of the Environment.',
    funder: ORG(4),
    host: ORG(1),
    mode: 'hybrid',
    status: 'published',
    zone: 'Asia/Tokyo',
    capacity: 20,
    phases: [
      {
        id: phs(1),
        name: 'Distance learning',
        kind: 'distance',
        startsOn: '2027-02-01',
        endsOn: '2027-02-12',
      },
      { id: phs(2), name: 'In Tokyo', kind: 'in_country', startsOn: '2027-02-22', endsOn: '2027-03-05' },
      {
        id: phs(3),
        name: 'Action plan at home',
        kind: 'follow_up',
        startsOn: '2027-03-08',
        endsOn: '2027-09-30',
      },
    ],
    sessions: [
      {
        id: ses(1),
        phase: phs(1),
        kind: 'webinar',
        title: 'Orientation and country reports',
        at: ['2027-02-03T15:00', '2027-02-03T17:00'],
        meetingUrl: 'https://meet.kenshu.example/moej-orientation',
      },
      { id: ses(2), phase: phs(2), kind: 'meeting', title: 'Arrival and registration', day: '2027-02-22' },
      {
        id: ses(3),
        menuItem: mnu(4),
        phase: phs(2),
        kind: 'lecture',
        title: 'Separation at source and collection in the 23 wards',
        at: ['2027-02-23T09:30', '2027-02-23T12:00'],
        room: 'TMG No. 2 Building, room 12B',
      },
      {
        id: ses(4),
        phase: phs(2),
        kind: 'lecture',
        title: 'The 3Rs and intermediate treatment',
        at: ['2027-02-24T13:30', '2027-02-24T16:00'],
        room: 'TMG No. 2 Building, room 12B',
      },
      {
        id: ses(5),
        menuItem: mnu(5),
        facility: fac(1),
        siteVisit: plantVisit,
        phase: phs(2),
        kind: 'site_visit',
        title: 'Visit to an incineration plant',
        at: ['2027-02-25T10:00', '2027-02-25T11:30'],
      },
      {
        id: ses(6),
        phase: phs(2),
        kind: 'workshop',
        title: 'Drafting the action plan',
        at: ['2027-03-04T09:30', '2027-03-04T16:30'],
        room: 'TMG No. 2 Building, room 12B',
      },
    ],
    trainees: [
      [USR(4), 'active'],
      [USR(5), 'active'],
      [USR(6), 'invited'],
      [USR(8), 'active'],
      [USR(9), 'active'],
      [USR(10), 'active'],
      [USR(11), 'invited'],
    ],
  },
  {
    id: prg(2),
    code: 'ADB-MV-2027',
    title: 'Capacity building for municipal waste management in the Maldives',
    summary:
      'With the Ministry of the Environment, the Tokyo Metropolitan Government and Katsushika City: ' +
      'collection planning for island councils, transfer, and regional waste management centres.',
    funder: ORG(5),
    host: ORG(3),
    mode: 'hybrid',
    status: 'published',
    zone: 'Asia/Tokyo',
    capacity: 12,
    phases: [
      {
        id: phs(4),
        name: 'Online preparation',
        kind: 'distance',
        startsOn: '2027-04-05',
        endsOn: '2027-04-16',
      },
      {
        id: phs(5),
        name: 'In Katsushika City',
        kind: 'in_country',
        startsOn: '2027-04-26',
        endsOn: '2027-04-30',
      },
    ],
    sessions: [
      {
        id: ses(7),
        phase: phs(4),
        kind: 'webinar',
        title: 'Island waste: what Katsushika learned',
        at: ['2027-04-07T14:00', '2027-04-07T15:30'],
        meetingUrl: 'https://meet.kenshu.example/adb-mv-1',
      },
      {
        id: ses(8),
        facility: fac(2),
        siteVisit: {
          ...plantVisit,
          meetingPoint: 'Depot gate',
          transport: [],
          interpreterLanguages: ['dv', 'en'],
        },
        phase: phs(5),
        kind: 'site_visit',
        title: 'Katsushika collection depot',
        at: ['2027-04-27T10:00', '2027-04-27T11:00'],
      },
    ],
    trainees: [[USR(4), 'active']],
  },
  {
    id: prg(3),
    code: 'TMG-WEBINARS-2026',
    title: 'TMG collaborative study webinars',
    summary: 'Fiber-to-Fiber: textile recycling; Reuse, an essential part of the circular economy.',
    funder: ORG(1),
    host: ORG(1),
    mode: 'online',
    status: 'running',
    zone: 'Asia/Tokyo',
    capacity: null,
    phases: [],
    sessions: [
      {
        id: ses(9),
        menuItem: mnu(1),
        phase: null,
        kind: 'webinar',
        title: 'Fiber-to-Fiber: textile recycling',
        at: ['2026-12-10T16:00', '2026-12-10T17:30'],
        meetingUrl: 'https://meet.kenshu.example/fiber-to-fiber',
      },
      {
        id: ses(10),
        menuItem: mnu(2),
        phase: null,
        kind: 'webinar',
        title: 'Reuse, an essential part of the circular economy',
        at: ['2026-12-17T16:00', '2026-12-17T18:00'],
        meetingUrl: 'https://meet.kenshu.example/reuse-symposium',
      },
    ],
    trainees: [
      [USR(5), 'active'],
      [USR(6), 'active'],
      [USR(7), 'active'],
      [USR(10), 'active'],
      [USR(11), 'active'],
      [USR(12), 'active'],
    ],
  },
  {
    id: prg(4),
    code: 'TMG-BILATERAL-FY2023',
    title: 'Bilateral online meetings, FY2023',
    summary: 'Taipei–Tokyo, Seoul–Tokyo, Aarhus–Tokyo and Singapore–Tokyo exchanges on waste policy.',
    funder: ORG(1),
    host: ORG(1),
    mode: 'online',
    status: 'closed',
    zone: 'Asia/Tokyo',
    capacity: null,
    phases: [],
    sessions: [
      {
        id: ses(11),
        menuItem: mnu(3),
        phase: null,
        kind: 'meeting',
        title: 'Taipei–Tokyo',
        at: ['2023-05-31T15:00', '2023-05-31T16:30'],
      },
      {
        id: ses(12),
        menuItem: mnu(3),
        phase: null,
        kind: 'meeting',
        title: 'Seoul–Tokyo',
        at: ['2023-07-26T15:00', '2023-07-26T16:30'],
      },
      {
        id: ses(13),
        menuItem: mnu(3),
        phase: null,
        kind: 'meeting',
        title: 'Aarhus–Tokyo',
        at: ['2023-08-23T16:00', '2023-08-23T17:30'],
      },
      {
        id: ses(14),
        menuItem: mnu(3),
        phase: null,
        kind: 'meeting',
        title: 'Singapore–Tokyo',
        at: ['2023-12-18T15:00', '2023-12-18T16:30'],
      },
    ],
    trainees: [
      [USR(5), 'completed'],
      [USR(6), 'completed'],
      [USR(7), 'completed'],
    ],
  },
];

const instant = (local: string, zone: string): Date => {
  const parsed = instantFrom(local, zone);
  if ('problem' in parsed) throw new Error(`demo session at ${local}: ${parsed.problem}`);
  return parsed.at;
};

/** Idempotent: the same rows every time, in the caller's transaction. */
export async function seedDemoProgrammes(em: EntityManager): Promise<number> {
  await em.upsert(FacilityEntity, DEMO_FACILITIES, ['id']);
  for (const p of DEMO_PROGRAMMES) {
    await em.upsert(
      ProgrammeEntity,
      {
        id: p.id,
        code: p.code,
        title: p.title,
        summary: p.summary,
        funderOrganisationId: p.funder,
        hostOrganisationId: p.host,
        mode: p.mode,
        hostTimeZone: p.zone,
        status: p.status,
        conflictPolicy: 'refuse',
        capacity: p.capacity,
        completionRules: null,
        clonedFromId: null,
      },
      ['id'],
    );
    if (p.phases.length > 0)
      await em.upsert(
        ProgrammePhaseEntity,
        p.phases.map((ph, position) => ({ ...ph, programmeId: p.id, position })),
        ['id'],
      );
    await em.delete(ProgrammeStaffEntity, { programmeId: p.id });
    await em.insert(ProgrammeStaffEntity, [
      { programmeId: p.id, userId: COORDINATOR, role: 'coordinator' },
      { programmeId: p.id, userId: INSTRUCTOR, role: 'instructor' },
    ]);
    for (const s of p.sessions) {
      const zone = s.zone ?? p.zone;
      await em.upsert(
        SessionEntity,
        {
          id: s.id,
          programmeId: p.id,
          phaseId: s.phase,
          menuItemId: s.menuItem ?? null,
          kind: s.kind,
          title: s.title,
          description: null,
          startsAt: s.at ? instant(s.at[0], zone) : null,
          endsAt: s.at ? instant(s.at[1], zone) : null,
          timeZone: zone,
          allDayFrom: s.day ?? null,
          allDayTo: s.day ?? null,
          facilityId: s.facility ?? null,
          room: s.room ?? null,
          capacity: null,
          status: 'scheduled',
          meetingUrl: s.meetingUrl ?? null,
          dialIn: null,
          siteVisit: s.siteVisit ? JSON.stringify(s.siteVisit) : null,
          ruleOverride: null,
        },
        ['id'],
      );
      await em.delete(SessionInstructorEntity, { sessionId: s.id });
      if (s.kind !== 'meeting')
        await em.insert(SessionInstructorEntity, { sessionId: s.id, userId: INSTRUCTOR });
    }
    for (const [userId, status] of p.trainees) {
      const existing = await em.findOne(EnrolmentEntity, { where: { programmeId: p.id, userId } });
      if (existing) await em.update(EnrolmentEntity, { id: existing.id }, { status });
      else
        await em.insert(EnrolmentEntity, {
          id: randomUUID(),
          programmeId: p.id,
          userId,
          status,
          waitlistedAt: null,
        });
    }
  }
  return DEMO_PROGRAMMES.length;
}
