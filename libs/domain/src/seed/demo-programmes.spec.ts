import { checkSiteVisit } from '../facilities/site-visit-rules.js';
import { hostRulesOf } from '../facilities/facilities.service.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { instantFrom } from '../sessions/session-time.js';
import { DEMO_FACILITIES, DEMO_PROGRAMMES } from './demo-programmes.js';

describe('the demo programmes', () => {
  const visits = DEMO_PROGRAMMES.flatMap((p) =>
    p.sessions.filter((s) => s.kind === 'site_visit').map((s) => ({ programme: p, session: s })),
  );

  it('have site visits, each at a demo facility', () => {
    expect(visits.length).toBeGreaterThanOrEqual(2);
    for (const { session } of visits) expect(DEMO_FACILITIES.map((f) => f.id)).toContain(session.facility);
  });

  it.each(visits.map((v) => [v.session.title, v] as const))(
    '%s keeps every host rule',
    (_, { programme, session }) => {
      const facility = Object.assign(
        new FacilityEntity(),
        DEMO_FACILITIES.find((f) => f.id === session.facility),
      );
      const at = (local: string) => {
        const parsed = instantFrom(local, programme.zone);
        if ('problem' in parsed) throw new Error(parsed.problem);
        return parsed.at;
      };
      const visitors = programme.trainees.filter(([, status]) =>
        ['invited', 'active'].includes(status),
      ).length;
      expect(
        checkSiteVisit(hostRulesOf(facility), {
          startsAt: at(session.at![0]),
          endsAt: at(session.at![1]),
          visitors,
          overseasGroup: session.siteVisit!.overseasGroup,
          interpreters: session.siteVisit!.interpreters,
        }),
      ).toEqual([]);
    },
  );
});
