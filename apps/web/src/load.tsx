import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from './i18n';

export type Loaded<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready'; data: T };

/** Runs `load` when `key` changes; a stale answer (the key moved on) is dropped. */
export function useLoad<T>(load: () => Promise<T | undefined>, key: string): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult(data === undefined ? { state: 'error' } : { state: 'ready', data }),
      () => current && setResult({ state: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}

/** A page: its title as the h1, focused when the page opens so screen readers announce it. */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Kenshu`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </>
  );
}

/** The loading and error states every page shares. */
export function Await<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (loaded.state === 'error') return <p role="alert">{t('app.error')}</p>;
  return <>{children(loaded.data)}</>;
}
