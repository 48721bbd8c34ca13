import { useState, type FormEvent } from 'react';
import { api, type Problem, type Schemas } from '../api/client';
import { upload } from '../api/upload';
import { formatBytes, formatDate, languageName } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { useUser } from '../session';

type Material = Schemas['MaterialResponse'];
type Version = Schemas['MaterialVersionResponse'];

/** A programme's materials for its staff: every version listed; a new version of a file uploaded with progress. */
export function ContentPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(
    async () =>
      (await api.GET('/api/v1/programmes/{id}/materials', { params: { path: { id: programmeId } } })).data,
    programmeId,
  );
  return (
    <Page title={t('content.title')}>
      <p>
        <Link href="/teaching">{t('attendance.back')}</Link>
      </p>
      <Await loaded={loaded}>
        {(materials) => (
          <>
            {materials.length === 0 && <p>{t('content.none')}</p>}
            <ul className="cards">
              {materials.map((material) => (
                <MaterialCard key={material.id} material={material} />
              ))}
            </ul>
          </>
        )}
      </Await>
    </Page>
  );
}

function MaterialCard({ material }: { material: Material }) {
  const { t, language } = useI18n();
  const user = useUser();
  const [added, setAdded] = useState<Version[]>([]);
  const versions = [...(material.versions ?? []), ...added].sort(
    (a, b) => a.language.localeCompare(b.language) || b.number - a.number,
  );
  return (
    <li className="card">
      <h2>{material.title}</h2>
      <p className="meta">
        {t(`content.kind.${material.kind}`)} · {languageName(language, material.originalLanguage)}
      </p>
      <h3 id={`versions-${material.id}`}>{t('content.versions')}</h3>
      {versions.length === 0 ? (
        <p>{t('content.noVersions')}</p>
      ) : (
        <ul className="versions" aria-labelledby={`versions-${material.id}`}>
          {versions.map((version) => (
            <li key={version.id}>
              {t('content.version', { number: version.number })} · {languageName(language, version.language)}
              {version.fileName ? ` · ${version.fileName}` : ''}
              {version.sizeBytes != null ? ` · ${formatBytes(language, version.sizeBytes)}` : ''} ·{' '}
              <time dateTime={version.createdAt}>
                {formatDate(language, version.createdAt, user.timeZone)}
              </time>
              {version.outdated && <span className="badge"> {t('content.outdated')}</span>}
              {version.note && <span className="help"> · {version.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {material.kind === 'file' && (
        <UploadForm material={material} onUploaded={(version) => setAdded((all) => [...all, version])} />
      )}
    </li>
  );
}

type UploadState =
  | { kind: 'idle' }
  | { kind: 'sending'; sent: number }
  | { kind: 'done' }
  | { kind: 'failed'; message: string; fields: Record<string, string> };

function UploadForm({
  material,
  onUploaded,
}: {
  material: Material;
  onUploaded: (version: Version) => void;
}) {
  const { t, language } = useI18n();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const id = material.id;
  const fieldError = (name: string) => (state.kind === 'failed' ? state.fields[name] : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const file = (element.elements.namedItem('file') as HTMLInputElement).files?.[0];
    if (!file || file.size === 0)
      return setState({ kind: 'failed', message: t('content.fix'), fields: { file: t('content.pickFile') } });
    const query = new URLSearchParams({ language: String(form.get('language')), fileName: file.name });
    const note = String(form.get('note') ?? '').trim();
    if (note) query.set('note', note);
    setState({ kind: 'sending', sent: 0 });
    const { status, body } = await upload(`/api/v1/materials/${id}/uploads?${query}`, file, (sent) =>
      setState({ kind: 'sending', sent }),
    );
    if (status === 201) {
      setState({ kind: 'done' });
      element.reset();
      onUploaded(body as Version);
      return;
    }
    const problem = body as Partial<Problem> | null;
    const fields = Object.fromEntries((problem?.errors ?? []).map((e) => [e.field, e.reason]));
    setState({
      kind: 'failed',
      message:
        status === 413
          ? t('content.tooLarge')
          : status === 422 || status === 400
            ? t('content.fix')
            : (problem?.detail ?? t('content.failed')),
      fields,
    });
  }

  const sending = state.kind === 'sending';
  const percent = sending ? Math.round(state.sent * 100) : 0;
  const described = (name: string) => (fieldError(name) ? `${name}-${id}-error` : undefined);
  return (
    <form className="stack upload" onSubmit={submit} noValidate aria-labelledby={`upload-${id}`}>
      <h3 id={`upload-${id}`}>{t('content.upload')}</h3>
      <div className="field">
        <label htmlFor={`file-${id}`}>{t('content.file')}</label>
        <input
          id={`file-${id}`}
          name="file"
          type="file"
          required
          aria-invalid={fieldError('file') ? true : undefined}
          aria-describedby={described('file')}
        />
        {fieldError('file') && (
          <p id={`file-${id}-error`} className="error">
            {fieldError('file')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`language-${id}`}>{t('content.language')}</label>
        <select
          id={`language-${id}`}
          name="language"
          defaultValue={material.originalLanguage}
          aria-invalid={fieldError('language') ? true : undefined}
          aria-describedby={described('language')}
        >
          {[...new Set([material.originalLanguage, ...material.languages, 'en', 'ja'])].map((code) => (
            <option key={code} value={code}>
              {languageName(language, code)}
            </option>
          ))}
        </select>
        {fieldError('language') && (
          <p id={`language-${id}-error`} className="error">
            {fieldError('language')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`note-${id}`}>{t('content.note')}</label>
        <input
          id={`note-${id}`}
          name="note"
          maxLength={500}
          aria-invalid={fieldError('note') ? true : undefined}
          aria-describedby={described('note')}
        />
        {fieldError('note') && (
          <p id={`note-${id}-error`} className="error">
            {fieldError('note')}
          </p>
        )}
      </div>
      {sending && (
        <div className="progress">
          <progress id={`progress-${id}`} max={100} value={percent} aria-labelledby={`progress-${id}-text`} />
          <p id={`progress-${id}-text`}>{t('content.sending', { percent })}</p>
        </div>
      )}
      <div aria-live="polite">
        {state.kind === 'done' && <p className="ok">{t('content.done')}</p>}
        {state.kind === 'failed' && <p className="error">{state.message}</p>}
      </div>
      <button type="submit" disabled={sending}>
        {t('content.send')}
      </button>
    </form>
  );
}
