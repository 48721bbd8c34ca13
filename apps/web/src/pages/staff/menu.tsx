import { useState, type FormEvent } from 'react';
import { api, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { Await, Page, useLoad } from '../../load';
import { describedBy, Field, FieldError, fieldErrors } from './fields';

type Item = Schemas['MenuItemResponse'];
type Format = Item['format'];
type Topic = Item['topics'][number];

const FORMATS: Format[] = ['lecture', 'webinar', 'workshop', 'meeting', 'site_visit'];
const TOPICS: Topic[] = [
  'separation-and-collection',
  '3r',
  'incineration',
  'intermediate-treatment',
  'final-disposal',
  'recycling',
  'textile-recycling',
  'reuse',
  'food-waste',
  'hazardous-waste',
  'policy-and-finance',
  'public-awareness',
];

type Status =
  { kind: 'saved'; code: string } | { kind: 'invalid' } | { kind: 'conflict' } | { kind: 'error' };

/** The form's values as the API takes them. */
function read(form: FormData) {
  const lines = String(form.get('learningOutcomes') ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const summary = String(form.get('summary') ?? '').trim();
  return {
    base: {
      code: String(form.get('code') ?? '').trim(),
      format: String(form.get('format')) as Format,
      defaultDurationMin: Number(form.get('defaultDurationMin')),
      originalLocale: String(form.get('originalLocale') ?? '').trim(),
      topics: form.getAll('topics').map(String) as Topic[],
    },
    text: {
      title: String(form.get('title') ?? '').trim(),
      summary: summary || null,
      learningOutcomes: lines,
    },
  };
}

function MenuForm({ item, onSaved }: { item: Item | null; onSaved: (item: Item) => void }) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const original = item?.translations?.find((text) => text.locale === item.originalLocale);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { base, text } = read(new FormData(form));
    setBusy(true);
    const answer = item
      ? await api
          .PATCH('/api/v1/menu-items/{id}', { params: { path: { id: item.id } }, body: base })
          .then(async (saved) =>
            saved.data
              ? api.PUT('/api/v1/menu-items/{id}/texts/{locale}', {
                  params: { path: { id: item.id, locale: saved.data.originalLocale } },
                  body: text,
                })
              : saved,
          )
      : await api.POST('/api/v1/menu-items', {
          body: { ...base, texts: [{ ...text, locale: base.originalLocale }] },
        });
    setBusy(false);
    const found = fieldErrors(answer.error);
    setErrors(found);
    if (answer.data) {
      setStatus({ kind: 'saved', code: answer.data.code });
      if (!item) form.reset(); // ready for the next item
      onSaved(answer.data);
    } else if (Object.keys(found).length > 0) setStatus({ kind: 'invalid' });
    else setStatus({ kind: answer.response.status === 409 ? 'conflict' : 'error' });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="menu-form-heading">
      <h2 id="menu-form-heading">{item ? t('menu.edit', { code: item.code }) : t('menu.create')}</h2>
      <Field name="code" label={t('menu.code')} errors={errors} hint={t('menu.codeHelp')}>
        {(control) => <input {...control} defaultValue={item?.code} autoCapitalize="characters" />}
      </Field>
      <Field name="format" label={t('menu.format')} errors={errors}>
        {(control) => (
          <select {...control} defaultValue={item?.format ?? 'lecture'}>
            {FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`kind.${format}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="defaultDurationMin" label={t('menu.duration')} errors={errors}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={1440}
            defaultValue={item?.defaultDurationMin ?? 90}
          />
        )}
      </Field>
      <Field
        name="originalLocale"
        label={t('menu.originalLocale')}
        errors={errors}
        hint={t('menu.originalLocaleHelp')}
      >
        {(control) => <input {...control} defaultValue={item?.originalLocale ?? 'ja'} />}
      </Field>
      <fieldset {...describedBy(errors, 'topics')}>
        <legend>{t('menu.topics')}</legend>
        <div className="choices">
          {TOPICS.map((topic) => (
            <label key={topic} className="choice">
              <input
                type="checkbox"
                name="topics"
                value={topic}
                defaultChecked={item?.topics.includes(topic)}
              />
              {t(`topic.${topic}` as MessageKey)}
            </label>
          ))}
        </div>
        <FieldError errors={errors} name="topics" />
      </fieldset>
      <Field name="title" label={t('menu.titleField')} errors={errors}>
        {(control) => <input {...control} maxLength={200} defaultValue={original?.title ?? item?.title} />}
      </Field>
      <Field name="summary" label={t('menu.summary')} errors={errors}>
        {(control) => <textarea {...control} rows={3} defaultValue={(original ?? item)?.summary ?? ''} />}
      </Field>
      <Field name="learningOutcomes" label={t('menu.outcomes')} errors={errors} hint={t('menu.outcomesHelp')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            defaultValue={((original ?? item)?.learningOutcomes ?? []).join('\n')}
          />
        )}
      </Field>
      <button type="submit" disabled={busy}>
        {t('menu.save')}
      </button>
      <div aria-live="polite">
        {status?.kind === 'saved' && <p className="ok">{t('menu.saved', { code: status.code })}</p>}
        {status?.kind === 'invalid' && <p className="error">{t('menu.invalid')}</p>}
        {status?.kind === 'conflict' && <p className="error">{t('menu.conflict')}</p>}
        {status?.kind === 'error' && <p className="error">{t('app.error')}</p>}
      </div>
    </form>
  );
}

/** The training menu (coordinators and admins): the catalogue items programmes are built from. */
export function MenuPage() {
  const { t, language } = useI18n();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<Item | null>(null);
  const loaded = useLoad(
    async () => (await api.GET('/api/v1/menu-items', { params: { query: { pageSize: 100 } } })).data,
    `${version}/${language}`,
  );
  const numbers = new Intl.NumberFormat(language);
  return (
    <Page title={t('menu.title')}>
      <Await loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('menu.none')}</p>
          ) : (
            <div className="scroll">
              <table>
                <caption>{t('menu.count', { count: numbers.format(page.total) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('menu.code')}</th>
                    <th scope="col">{t('menu.titleField')}</th>
                    <th scope="col">{t('menu.format')}</th>
                    <th scope="col">{t('menu.duration')}</th>
                    <th scope="col">{t('menu.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('menu.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={item.id}>
                      <td>{item.code}</td>
                      <td lang={item.locale}>{item.title}</td>
                      <td>{t(`kind.${item.format}` as MessageKey)}</td>
                      <td>{numbers.format(item.defaultDurationMin)}</td>
                      <td>{item.status === 'active' ? t('menu.active') : t('menu.archived')}</td>
                      <td>
                        <button
                          type="button"
                          className="link"
                          aria-label={t('menu.editNamed', { code: item.code })}
                          onClick={() => setEditing(item)}
                        >
                          {t('menu.editShort')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Await>
      {editing && (
        <p>
          <button type="button" className="link" onClick={() => setEditing(null)}>
            {t('menu.createInstead')}
          </button>
        </p>
      )}
      <MenuForm
        key={editing?.id ?? 'new'}
        item={editing}
        onSaved={(item) => {
          if (editing) setEditing(item);
          setVersion((v) => v + 1);
        }}
      />
    </Page>
  );
}
