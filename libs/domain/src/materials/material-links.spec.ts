import { MaterialLinkSigner } from './material-links.js';
import { parseRange } from './material-files.service.js';
import { releaseInstant } from './material-release.js';

describe('signed material links', () => {
  const signer = new MaterialLinkSigner('a-secret-of-some-length');
  const claims = {
    versionId: '0195a1b2-0000-7000-8000-000000000001',
    userId: '0195a1b2-0000-7000-8000-000000000002',
    expiresAt: new Date('2026-12-15T00:00:00Z'),
  };
  const now = new Date('2026-12-01T00:00:00Z');

  it('verify what they signed, until the expiry', () => {
    expect(signer.verify(signer.sign(claims), now)).toEqual(claims);
    expect(signer.verify(signer.sign(claims), new Date('2026-12-15T00:00:01Z'))).toBeNull();
  });

  it('refuse a changed version, person or expiry, another key, and garbage', () => {
    const token = signer.sign(claims);
    const [v, u, e, mac] = token.split('.');
    expect(signer.verify([v, claims.versionId.replace(/2$/, '3'), e, mac].join('.'), now)).toBeNull();
    expect(signer.verify([v!.replace(/1$/, '9'), u, e, mac].join('.'), now)).toBeNull();
    expect(signer.verify([v, u, String(Number(e) + 86400), mac].join('.'), now)).toBeNull();
    expect(new MaterialLinkSigner('another-secret-entirely').verify(token, now)).toBeNull();
    for (const bad of ['', 'a.b.c', `${v}.${u}.soon.${mac}`, `${token}.x`])
      expect(signer.verify(bad, now)).toBeNull();
  });
});

describe('a Range header', () => {
  it('gives one range within the file, or null for "send it whole"', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=500-', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange(undefined, 1000)).toBeNull();
    expect(parseRange('bytes=0-1,5-9', 1000)).toBeNull();
    expect(parseRange('items=0-1', 1000)).toBeNull();
  });

  it('is 416 when it starts past the end', () => {
    expect(() => parseRange('bytes=1000-', 1000)).toThrow(
      expect.objectContaining({ code: 'MATERIAL.RANGE_NOT_SATISFIABLE' }),
    );
    expect(() => parseRange('bytes=-0', 1000)).toThrow(
      expect.objectContaining({ code: 'MATERIAL.RANGE_NOT_SATISFIABLE' }),
    );
  });
});

describe('a material’s release', () => {
  const base = { releaseAt: null, releaseOffsetDays: null, createdAt: new Date('2026-11-01T00:00:00Z') };
  const session = {
    startsAt: new Date('2026-12-10T01:00:00Z'),
    endsAt: new Date('2026-12-10T02:30:00Z'),
    status: 'scheduled',
  };

  it('follows its rule', () => {
    expect(releaseInstant({ ...base, releaseRule: 'now' }, null)).toEqual(base.createdAt);
    const at = new Date('2026-12-05T00:00:00Z');
    expect(releaseInstant({ ...base, releaseRule: 'at', releaseAt: at }, null)).toEqual(at);
    expect(releaseInstant({ ...base, releaseRule: 'before_session', releaseOffsetDays: 3 }, session)).toEqual(
      new Date('2026-12-07T01:00:00Z'),
    );
    expect(releaseInstant({ ...base, releaseRule: 'after_session', releaseOffsetDays: 0 }, session)).toEqual(
      session.endsAt,
    );
  });

  it('waits for a session without a time, and never comes for a cancelled one', () => {
    const allDay = { startsAt: null, endsAt: null, status: 'scheduled' };
    expect(
      releaseInstant({ ...base, releaseRule: 'before_session', releaseOffsetDays: 1 }, allDay),
    ).toBeNull();
    expect(
      releaseInstant(
        { ...base, releaseRule: 'after_session', releaseOffsetDays: 1 },
        { ...session, status: 'cancelled' },
      ),
    ).toBeNull();
  });
});
