import { useEffect, useRef, useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { formatDate, formatTime, languageName } from '../../format';
import { useI18n, type Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Await, Page, useLoad } from '../../load';

type Material = Schemas['MaterialResponse'];
type Delivery = Schemas['DeliveryResponse'];
type Status = Delivery['status'];
type Filter = Status | 'all';

const STATUSES: Status[] = ['sent', 'queued', 'failed', 'skipped'];
const FILTERS: Filter[] = ['failed', 'queued', 'sent', 'skipped', 'all'];
/** Why an email was not sent after all (the API's `skippedReason`). */
const SKIP_REASONS = ['withdrawn', 'inactive', 'archived', 'superseded'];
/** Recipients a page of the list shows. */
export const RECIPIENTS_PAGE_SIZE = 20;

/** A day and time in the host's zone, the zone's short name included. */
const when = (language: string, utc: string, zone: string) =>
  `${formatDate(language, utc, zone)} ${formatTime(language, utc, zone)}`;

/** The version a material's trainees read now: its number and language. */
function versionText(t: Translate, language: string, material: Material): string {
  const current = material.current;
  return current
    ? t('deliveries.versionOf', {
        number: current.number,
        language: languageName(language, current.language),
      })
    : '—';
}

/** What a refused resend means, by the problem's status. */
function resendProblem(t: Translate, status: number): string {
  if (status === 403) return t('deliveries.forbidden');
  if (status === 404) return t('deliveries.gone');
  if (status === 409) return t('deliveries.conflict');
  if (status === 429) return t('app.throttled');
  return t('app.error');
}

/** Each released material with its emails counted by status; failed ones stand out. */
function Summary({
  materials,
  zone,
  version,
  onShow,
}: {
  materials: Material[];
  zone: string;
  version: number;
  onShow: (material: Material) => void;
}) {
  const { t, language } = useI18n();
  const counts = useLoad(
    () =>
      Promise.all(
        materials.map(
          async (m) =>
            (
              await api.GET('/api/v1/materials/{id}/deliveries', {
                params: { path: { id: m.id }, query: { pageSize: 1 } },
              })
            ).data?.counts ?? null,
        ),
      ),
    `${materials.map((m) => m.id).join()}/${version}`,
  );
  return (
    <Await loaded={counts}>
      {(list) => {
        const failed = list.reduce((sum, c) => sum + (c?.failed ?? 0), 0);
        return (
          <>
            {failed > 0 && (
              <p className="error">
                <strong>{t('deliveries.failedTotal', { count: failed })}</strong>
              </p>
            )}
            <div className="scroll">
              <table className="deliveries">
                <caption>{t('deliveries.summary')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('deliveries.material')}</th>
                    <th scope="col">{t('deliveries.version')}</th>
                    <th scope="col">{t('deliveries.released')}</th>
                    {STATUSES.map((status) => (
                      <th scope="col" className="number" key={status}>
                        {t(`deliveries.status.${status}`)}
                      </th>
                    ))}
                    <th scope="col">
                      <span className="visually-hidden">{t('deliveries.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {materials.map((material, i) => {
                    const c = list[i];
                    return (
                      <tr key={material.id} className={c && c.failed > 0 ? 'failed' : undefined}>
                        <th scope="row">{material.title}</th>
                        <td>{versionText(t, language, material)}</td>
                        <td>
                          {material.release.releasesAt
                            ? when(language, material.release.releasesAt, zone)
                            : '—'}
                        </td>
                        {c ? (
                          STATUSES.map((status) => (
                            <td
                              key={status}
                              className={status === 'failed' && c.failed > 0 ? 'number error' : 'number'}
                            >
                              {status === 'failed' && c.failed > 0 ? <strong>{c.failed}</strong> : c[status]}
                            </td>
                          ))
                        ) : (
                          <td colSpan={STATUSES.length}>{t('deliveries.countsMissing')}</td>
                        )}
                        <td>
                          <button
                            type="button"
                            className="link"
                            aria-label={t('deliveries.showNamed', { title: material.title })}
                            onClick={() => onShow(material)}
                          >
                            {t('deliveries.show')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </>
        );
      }}
    </Await>
  );
}

/** One material's recipients by status, a page at a time, with a resend for failed and sent emails. */
function Recipients({
  material,
  zone,
  onResent,
}: {
  material: Material;
  zone: string;
  onResent: () => void;
}) {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<Filter>('failed');
  const [page, setPage] = useState(1);
  const [replaced, setReplaced] = useState<Record<string, Delivery>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [material.id]);

  const loaded = useLoad(async () => {
    const status = filter === 'all' ? undefined : filter;
    const { data } = await api.GET('/api/v1/materials/{id}/deliveries', {
      params: { path: { id: material.id }, query: { status, page, pageSize: RECIPIENTS_PAGE_SIZE } },
    });
    return data;
  }, `${material.id}/${filter}/${page}`);

  async function resend(delivery: Delivery) {
    const name = delivery.user.displayName;
    const question = t('deliveries.confirm', { title: material.title, name, email: delivery.user.email });
    if (!globalThis.confirm(question)) return;
    setBusy(delivery.id);
    const { data, response } = await api
      .POST('/api/v1/material-deliveries/{id}/resend', { params: { path: { id: delivery.id } } })
      .catch(() => ({ data: undefined, response: { status: 0 } }));
    setBusy(null);
    if (data) {
      setReplaced((before) => ({ ...before, [data.id]: data }));
      setResult({ ok: true, text: t('deliveries.resent', { name }) });
      onResent();
    } else setResult({ ok: false, text: resendProblem(t, response.status) });
  }

  return (
    <section aria-labelledby="recipients">
      <h2 id="recipients" ref={heading} tabIndex={-1}>
        {t('deliveries.recipientsOf', { title: material.title })}
      </h2>
      <div className="field">
        <label htmlFor="delivery-status">{t('deliveries.filter')}</label>
        <select
          id="delivery-status"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as Filter);
            setPage(1);
          }}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(f === 'all' ? 'deliveries.all' : `deliveries.status.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <div aria-live="polite">{result && <p className={result.ok ? 'ok' : 'error'}>{result.text}</p>}</div>
      <Await loaded={loaded}>
        {(found) => {
          const pages = Math.max(1, Math.ceil(found.total / found.pageSize));
          if (found.items.length === 0) return <p>{t('deliveries.empty')}</p>;
          return (
            <>
              <div className="scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('deliveries.recipient')}</th>
                      <th scope="col">{t('deliveries.version')}</th>
                      <th scope="col">{t('deliveries.state')}</th>
                      <th scope="col" className="number">
                        {t('deliveries.attempts')}
                      </th>
                      <th scope="col">{t('deliveries.when')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('deliveries.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {found.items.map((listed) => {
                      const d = replaced[listed.id] ?? listed;
                      return (
                        <tr key={d.id} className={d.status === 'failed' ? 'failed' : undefined}>
                          <th scope="row">
                            {d.user.displayName}
                            <br />
                            <span className="meta">{d.user.email}</span>
                          </th>
                          <td>
                            {t('deliveries.versionOf', {
                              number: d.versionNumber,
                              language: languageName(language, d.language),
                            })}
                          </td>
                          <td className={d.status === 'failed' ? 'error' : undefined}>
                            {d.status === 'failed' ? (
                              <strong>{t('deliveries.status.failed')}</strong>
                            ) : (
                              t(`deliveries.status.${d.status}`)
                            )}
                            {d.status === 'failed' && d.lastError && (
                              <span className="reason">{d.lastError}</span>
                            )}
                            {d.status === 'skipped' && d.skippedReason && (
                              <span className="reason">
                                {SKIP_REASONS.includes(d.skippedReason)
                                  ? t(`deliveries.skipped.${d.skippedReason}` as MessageKey)
                                  : d.skippedReason}
                              </span>
                            )}
                          </td>
                          <td className="number">{d.attempts}</td>
                          <td>
                            {d.sentAt
                              ? t('deliveries.sentAt', { time: when(language, d.sentAt, zone) })
                              : t('deliveries.queuedAt', { time: when(language, d.queuedAt, zone) })}
                          </td>
                          <td>
                            {(d.status === 'failed' || d.status === 'sent') && (
                              <button
                                type="button"
                                disabled={busy === d.id}
                                aria-label={t('deliveries.resendNamed', { name: d.user.displayName })}
                                onClick={() => void resend(d)}
                              >
                                {t('deliveries.resend')}
                              </button>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {pages > 1 && (
                <nav aria-label={t('deliveries.pages')} className="actions">
                  <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    {t('deliveries.previous')}
                  </button>
                  <span>{t('deliveries.page', { page, pages })}</span>
                  <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                    {t('deliveries.next')}
                  </button>
                </nav>
              )}
            </>
          );
        }}
      </Await>
    </section>
  );
}

/**
 * A programme's material emails for its coordinators: each released material with its emails counted
 * by status, and one material's recipients (failed ones first) with a resend. Times in the host's zone.
 */
export function DeliveriesPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Material | null>(null);
  const [version, setVersion] = useState(0);
  const loaded = useLoad(async () => {
    const path = { params: { path: { id: programmeId } } };
    const [programme, materials] = await Promise.all([
      api.GET('/api/v1/programmes/{id}', path),
      api.GET('/api/v1/programmes/{id}/materials', path),
    ]);
    if (!programme.data || !materials.data) return undefined;
    // Only released materials meant for trainees are emailed.
    const released = materials.data.filter((m) => m.audience === 'trainees' && m.release.released);
    return { programme: programme.data, released };
  }, programmeId);
  return (
    <Page title={t('deliveries.title')}>
      <Await loaded={loaded}>
        {({ programme, released }) => (
          <>
            <p>
              <strong>{programme.title}</strong> · {t('deliveries.zone', { zone: programme.hostTimeZone })}
            </p>
            {released.length === 0 ? (
              <p>{t('deliveries.none')}</p>
            ) : (
              <>
                <Summary
                  materials={released}
                  zone={programme.hostTimeZone}
                  version={version}
                  onShow={setShown}
                />
                {shown && (
                  <Recipients
                    key={shown.id}
                    material={shown}
                    zone={programme.hostTimeZone}
                    onResent={() => setVersion((v) => v + 1)}
                  />
                )}
              </>
            )}
          </>
        )}
      </Await>
    </Page>
  );
}
