import { useRef, useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { Page } from '../../load';
import { describedBy, FieldError, fieldErrors } from './fields';

type Report = Schemas['EnrolmentImportReportResponse'];
type Outcome = Report['rows'][number]['outcome'];

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'report'; report: Report }
  | { kind: 'invalid'; errors: Record<string, string> }
  | { kind: 'tooLarge' }
  | { kind: 'forbidden' }
  | { kind: 'error' };

function ImportReport({ report }: { report: Report }) {
  const { t, language } = useI18n();
  const n = new Intl.NumberFormat(language);
  const outcome: Record<Outcome, string> = {
    enrolled: t('import.enrolled'),
    waitlisted: t('import.waitlisted'),
    skipped: t('import.skipped'),
  };
  const refused = report.rows.filter((row) => row.outcome === 'skipped');
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">{report.dryRun ? t('import.dryRunReport') : t('import.report')}</h2>
      <dl className="figures">
        <div>
          <dt>{t('import.enrolled')}</dt>
          <dd>{n.format(report.enrolled)}</dd>
        </div>
        <div>
          <dt>{t('import.waitlisted')}</dt>
          <dd>{n.format(report.waitlisted)}</dd>
        </div>
        <div>
          <dt>{t('import.accountsCreated')}</dt>
          <dd>{n.format(report.accountsCreated)}</dd>
        </div>
        <div>
          <dt>{t('import.skipped')}</dt>
          <dd>{n.format(report.skipped)}</dd>
        </div>
      </dl>
      {refused.length > 0 && (
        <div className="scroll">
          <table>
            <caption>{t('import.refusedRows')}</caption>
            <thead>
              <tr>
                <th scope="col" className="number">
                  {t('import.line')}
                </th>
                <th scope="col">{t('import.email')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {refused.map((row) => (
                <tr key={row.row}>
                  <td className="number">{n.format(row.line)}</td>
                  <td>{row.email ?? '—'}</td>
                  <td>{row.reason ?? outcome[row.outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.rows.length > refused.length && (
        <details>
          <summary>{t('import.allRows', { count: n.format(report.rows.length) })}</summary>
          <ul>
            {report.rows.map((row) => (
              <li key={row.row}>
                {t('import.rowLine', { line: n.format(row.line) })} · {row.email ?? '—'} ·{' '}
                {outcome[row.outcome]}
                {row.accountCreated ? ` · ${t('import.newAccount')}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The file's text, as UTF-8 (FileReader: Blob.text is missing from older mobile browsers). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Enrols trainees from a CSV file: a dry run shows what would happen, then the import does it. */
export function EnrolmentImportPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [checked, setChecked] = useState<File | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function send(dryRun: boolean) {
    const file = input.current?.files?.[0];
    if (!file) {
      setState({ kind: 'invalid', errors: { file: t('import.chooseFile') } });
      return;
    }
    setState({ kind: 'busy' });
    const csv = await readText(file).catch(() => null);
    if (csv === null) {
      setState({ kind: 'error' });
      return;
    }
    const { data, error, response } = await api.POST('/api/v1/programmes/{id}/enrolments/import', {
      params: { path: { id: programmeId }, query: { dryRun } },
      body: csv,
      bodySerializer: (body: string) => body,
      headers: { 'content-type': 'text/csv' },
    });
    if (data) {
      setChecked(dryRun ? file : null);
      setState({ kind: 'report', report: data });
    } else if (response.status === 413) setState({ kind: 'tooLarge' });
    else if (response.status === 403 || response.status === 404) setState({ kind: 'forbidden' });
    else if (error?.errors?.length) setState({ kind: 'invalid', errors: fieldErrors(error) });
    else if (error?.detail) setState({ kind: 'invalid', errors: { file: error.detail } });
    else setState({ kind: 'error' });
  }

  const errors = state.kind === 'invalid' ? state.errors : {};
  const other = Object.entries(errors).filter(([name]) => name !== 'file');
  const current = input.current?.files?.[0] ?? null;
  return (
    <Page title={t('import.title')}>
      <p>{t('import.intro')}</p>
      <form
        className="stack"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <div className="field">
          <label htmlFor="file">{t('import.file')}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            ref={input}
            onChange={() => {
              setChecked(null);
              setState({ kind: 'idle' });
            }}
            {...describedBy(errors, 'file', 'file-help')}
          />
          <p id="file-help" className="help">
            {t('import.fileHelp')}
          </p>
          <FieldError errors={errors} name="file" />
        </div>
        <p className="actions">
          <button type="submit" disabled={state.kind === 'busy'}>
            {t('import.dryRun')}
          </button>
          <button
            type="button"
            disabled={state.kind === 'busy' || !checked || checked !== current}
            aria-describedby="import-then"
            onClick={() => void send(false)}
          >
            {t('import.run')}
          </button>
        </p>
        <p id="import-then" className="help">
          {t('import.runHelp')}
        </p>
      </form>
      <div aria-live="polite">
        {state.kind === 'busy' && <p role="status">{t('import.sending')}</p>}
        {state.kind === 'invalid' && other.length > 0 && (
          <ul className="error">
            {other.map(([name, reason]) => (
              <li key={name}>
                {name}: {reason}
              </li>
            ))}
          </ul>
        )}
        {state.kind === 'tooLarge' && <p className="error">{t('import.tooLarge')}</p>}
        {state.kind === 'forbidden' && <p className="error">{t('import.forbidden')}</p>}
        {state.kind === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
      {state.kind === 'report' && <ImportReport report={state.report} />}
    </Page>
  );
}
