import { useState } from 'react';
import { api, download, type Schemas } from '../api/client';
import { formatBytes, languageName } from '../format';
import { useI18n } from '../i18n';
import { Await, Page, useLoad } from '../load';

type Material = Schemas['MaterialResponse'];
type Bundle = Schemas['BundleResponse'];

function MaterialItem({ material, onFailed }: { material: Material; onFailed: () => void }) {
  const { t, language } = useI18n();
  const version = material.current;
  return (
    <li className="card">
      <h2>{material.title}</h2>
      {material.description && <p>{material.description}</p>}
      {version && (
        <p className="meta">
          {languageName(language, version.language)}
          {version.fileName ? ` · ${version.fileName}` : ''}
          {version.sizeBytes != null ? ` · ${formatBytes(language, version.sizeBytes)}` : ''}
        </p>
      )}
      <p className="actions">
        {material.kind === 'file' && version && (
          <button
            type="button"
            aria-label={t('materials.downloadNamed', { title: material.title })}
            onClick={async () => {
              if (
                !(await download(
                  `/api/v1/material-versions/${version.id}/content`,
                  version.fileName ?? material.title,
                ))
              )
                onFailed();
            }}
          >
            {t('materials.download')}
          </button>
        )}
        {material.kind === 'text' && version?.html && (
          <details>
            <summary>{t('materials.read')}</summary>
            {/* The API keeps only an allowlist of tags and attributes (sanitize-html) when it stores a text. */}
            <div className="text" dangerouslySetInnerHTML={{ __html: version.html }} />
          </details>
        )}
        {material.kind === 'link' && version?.url && (
          <a href={version.url} rel="noopener noreferrer" target="_blank">
            {t('materials.open')}
          </a>
        )}
      </p>
    </li>
  );
}

function Bundles({ bundles, onFailed }: { bundles: Bundle[]; onFailed: () => void }) {
  const { t, language } = useI18n();
  if (bundles.length === 0) return null;
  return (
    <section aria-labelledby="bundles-heading">
      <h2 id="bundles-heading">{t('materials.bundles')}</h2>
      <p>{t('materials.bundlesHelp')}</p>
      <ul className="cards">
        {bundles.map((bundle) => {
          const phase = bundle.phaseName ?? t('materials.wholeProgramme');
          const lang = languageName(language, bundle.language);
          return (
            <li key={`${bundle.phaseKey}/${bundle.language}`} className="card">
              <p>
                <strong>{phase}</strong> · {lang} · {t('materials.count', { count: bundle.materials })}
                {bundle.sizeBytes != null && ` · ${formatBytes(language, bundle.sizeBytes)}`}
              </p>
              {bundle.status === 'ready' ? (
                <button
                  type="button"
                  aria-label={t('materials.bundleNamed', { phase, language: lang })}
                  onClick={async () => {
                    if (!(await download(bundle.downloadPath, `${bundle.phaseKey}-${bundle.language}.zip`)))
                      onFailed();
                  }}
                >
                  {t('materials.bundle')}
                </button>
              ) : (
                <p className="meta">
                  {bundle.status === 'queued' ? t('materials.bundleQueued') : t('materials.bundleFailed')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function MaterialsPage({ programmeId }: { programmeId: string }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  const onFailed = () => setFailed(true);
  const loaded = useLoad(async () => {
    const path = { params: { path: { id: programmeId } } };
    const [materials, bundles] = await Promise.all([
      api.GET('/api/v1/programmes/{id}/materials', path),
      api.GET('/api/v1/programmes/{id}/material-bundles', path),
    ]);
    return materials.data && { materials: materials.data, bundles: bundles.data ?? [] };
  }, programmeId);
  return (
    <Page title={t('materials.title')}>
      {failed && (
        <p role="alert" className="error">
          {t('materials.failed')}
        </p>
      )}
      <Await loaded={loaded}>
        {({ materials, bundles }) => (
          <>
            {materials.length === 0 ? (
              <p>{t('materials.none')}</p>
            ) : (
              <ul className="cards">
                {materials.map((material) => (
                  <MaterialItem key={material.id} material={material} onFailed={onFailed} />
                ))}
              </ul>
            )}
            <Bundles bundles={bundles} onFailed={onFailed} />
          </>
        )}
      </Await>
    </Page>
  );
}
