import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { testConfig } from '@kenshu/testing';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../common/principal.js';
import { NO_REQUEST } from '../common/request-meta.js';
import { createDataSource } from '../data-source.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { FacilitiesService, type FacilityFields } from './facilities.service.js';

/** What the sessions feature reads of facilities: checkVisit in its own transaction, on the real database. */
describe('FacilitiesService.checkVisit', () => {
  let ds: DataSource;
  let facilities: FacilitiesService;
  let coordinator: Principal;
  const tag = Date.now().toString(36);

  const PLANT: FacilityFields = {
    name: `Shin-Koto plant ${tag}`,
    kind: 'incineration_plant',
    address: 'Koto-ku, Tokyo',
    timeZone: 'Asia/Tokyo',
    capacity: 40,
    overseasCapacity: 20,
    allowedWeekdays: [1, 2, 3, 4, 5],
    earliestStart: '09:30',
    latestStart: '15:00',
    typicalDurationMin: 90,
    rosterDueDays: 14,
    visitorsPerInterpreter: 15,
  };

  /** Tuesday 2099-10-06, 10:00–11:30 in Tokyo, 20 visitors from abroad with one interpreter. */
  const visit = {
    startsAt: new Date('2099-10-06T01:00:00Z'),
    endsAt: new Date('2099-10-06T02:30:00Z'),
    visitors: 20,
    overseasGroup: true,
    interpreters: 1,
  };

  beforeAll(async () => {
    ds = await createDataSource(testConfig());
    await ds.initialize();
    const tx = new TransactionService(ds);
    const audit = new AuditService(tx);
    facilities = new FacilitiesService(tx, audit, new OrganisationsService(tx, audit));
    const [{ id }] = (await ds.query(
      `SELECT u.id FROM user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'coordinator' LIMIT 1`,
    )) as { id: string }[];
    coordinator = {
      id,
      email: 'coordinator@kenshu.example',
      displayName: 'Coordinator',
      roles: ['coordinator'],
      locale: 'en',
      languageFallbacks: [],
      timeZone: 'Asia/Tokyo',
      organisation: null,
      position: null,
      gender: null,
      status: 'active',
      createdAt: new Date(),
      sessionId: randomUUID(),
    };
  });

  afterAll(async () => {
    await ds?.destroy();
  });

  it('names the broken rules inside the caller’s transaction, the late roster by the moment given', async () => {
    const plant = await facilities.create(coordinator, PLANT, NO_REQUEST);
    const broken = await ds.transaction((em) => facilities.checkVisit(em, plant.id, visit));
    expect(broken).toEqual([
      {
        rule: 'interpreters',
        field: 'interpreters',
        reason: '20 visitors need 2 interpreters (one per 15); 1 is planned',
      },
    ]);
    const late = await ds.transaction((em) =>
      facilities.checkVisit(em, plant.id, visit, { now: new Date('2099-10-01T00:00:00Z') }),
    );
    expect(late.map((b) => b.rule)).toEqual(['interpreters', 'roster-due']);
    const leftOut = await ds.transaction((em) =>
      facilities.checkVisit(
        em,
        plant.id,
        { ...visit, startsAt: new Date(Date.now() + 3_600_000), endsAt: new Date(Date.now() + 5_400_000) },
        { now: null },
      ),
    );
    expect(leftOut.map((b) => b.rule)).not.toContain('roster-due');
  });

  it('sees rules changed in the same transaction', async () => {
    const plant = await facilities.create(coordinator, PLANT, NO_REQUEST);
    await facilities.update(
      coordinator,
      plant.id,
      { visitorsPerInterpreter: 10, allowedWeekdays: [2] },
      NO_REQUEST,
    );
    expect(await facilities.checkVisit(ds.manager, plant.id, { ...visit, interpreters: 2 })).toEqual([]);
    expect(await facilities.checkVisit(ds.manager, plant.id, { ...visit, interpreters: 1 })).toMatchObject([
      { rule: 'interpreters', reason: '20 visitors need 2 interpreters (one per 10); 1 is planned' },
    ]);
  });

  it('refuses an unknown facility, an archived one, and a visit that is not one', async () => {
    await expect(facilities.checkVisit(ds.manager, randomUUID(), visit)).rejects.toMatchObject({
      code: 'COMMON.NOT_FOUND',
    });
    const closed = await facilities.create(coordinator, { ...PLANT, name: `Closed ${tag}` }, NO_REQUEST);
    await facilities.archive(coordinator, closed.id, NO_REQUEST);
    await expect(facilities.checkVisit(ds.manager, closed.id, visit)).rejects.toMatchObject({
      code: 'FACILITY.ARCHIVED',
      fields: [{ field: 'facilityId', reason: 'is archived' }],
    });
    const open = await facilities.create(coordinator, { ...PLANT, name: `Open ${tag}` }, NO_REQUEST);
    await expect(
      facilities.checkVisit(ds.manager, open.id, {
        ...visit,
        endsAt: visit.startsAt,
        visitors: 0,
        interpreters: 1.5,
      }),
    ).rejects.toMatchObject({
      code: 'FACILITY.INVALID_VISIT',
      fields: [
        { field: 'endsAt', reason: 'must be after startsAt' },
        { field: 'visitors', reason: 'must be a whole number of at least 1' },
        { field: 'interpreters', reason: 'must be a whole number of at least 0' },
      ],
    });
  });

  it('keeps the stored rules as they were sent: times on the minute, coordinates to six places', async () => {
    const plant = await facilities.create(
      coordinator,
      { ...PLANT, name: `Coordinates ${tag}`, latitude: 35.657123, longitude: -0.000001 },
      NO_REQUEST,
    );
    expect(await facilities.get(coordinator, plant.id)).toMatchObject({
      latitude: 35.657123,
      longitude: -0.000001,
      earliestStart: '09:30',
      latestStart: '15:00',
      allowedWeekdays: [1, 2, 3, 4, 5],
    });
  });
});
