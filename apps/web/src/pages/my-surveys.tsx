import type { ReactNode } from 'react';
import { api, type Problem, type Schemas } from '../api/client';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { Await, Page, useLoad } from '../load';
import { Link } from '../router';
import { When } from '../time-point';
import { Message, stopOf, SurveyContent, type Stop } from './survey';

type MySurvey = Schemas['MySurveyResponse'];
type Group = 'open' | 'upcoming' | 'answered' | 'closed';

/** Where a survey of mine stands now: to answer, not open yet, answered, or closed unanswered. */
export function groupOf(survey: MySurvey, now = Date.now()): Group {
  if (survey.answered) return 'answered';
  if (survey.status === 'closed' || now >= Date.parse(survey.closesAt.utc)) return 'closed';
  if (now < Date.parse(survey.opensAt.utc)) return 'upcoming';
  return 'open';
}

const GROUPS: { group: Group; heading: MessageKey }[] = [
  { group: 'open', heading: 'mySurveys.open' },
  { group: 'upcoming', heading: 'mySurveys.upcoming' },
  { group: 'answered', heading: 'mySurveys.answered' },
  { group: 'closed', heading: 'mySurveys.closed' },
];

function SurveyItem({ survey, group }: { survey: MySurvey; group: Group }) {
  const { t } = useI18n();
  let when: ReactNode;
  if (group === 'upcoming')
    when = (
      <>
        {t('mySurveys.opensAt')} <When at={survey.opensAt} />
      </>
    );
  else
    when = (
      <>
        {t(group === 'open' ? 'mySurveys.closesAt' : 'mySurveys.closedAt')} <When at={survey.closesAt} />
      </>
    );
  return (
    <li className="card">
      <h3>
        {group === 'open' ? <Link href={`/surveys/${survey.surveyId}`}>{survey.title}</Link> : survey.title}
      </h3>
      <p className="meta">{when}</p>
      {survey.anonymous && <p className="meta">{t('mySurveys.anonymous')}</p>}
    </li>
  );
}

/** The surveys I am invited to, by where they stand: open ones link to their form. */
export function MySurveysPage() {
  const { t } = useI18n();
  const loaded = useLoad(async () => (await api.GET('/api/v1/me/surveys')).data, 'mine');
  return (
    <Page title={t('mySurveys.title')}>
      <Await loaded={loaded}>
        {(surveys) => {
          if (surveys.length === 0) return <p>{t('mySurveys.none')}</p>;
          const now = Date.now();
          return GROUPS.map(({ group, heading }) => {
            const some = surveys.filter((s) => groupOf(s, now) === group);
            if (some.length === 0) return null;
            return (
              <section key={group} aria-labelledby={`surveys-${group}`}>
                <h2 id={`surveys-${group}`}>{t(heading)}</h2>
                <ul className="cards">
                  {some.map((survey) => (
                    <SurveyItem key={survey.surveyId} survey={survey} group={group} />
                  ))}
                </ul>
              </section>
            );
          });
        }}
      </Await>
    </Page>
  );
}

/** Signed in, the survey's own words: no "link" to check, the answers go as me. */
const MESSAGES: Partial<Record<Stop, MessageKey>> = {
  answered: 'mySurveys.alreadyAnswered',
  notFound: 'mySurveys.notFound',
};

/** Answering a survey of mine when signed in (`/surveys/<id>`), with the public page's form. */
export function MySurveyPage({ surveyId }: { surveyId: string }) {
  const { t } = useI18n();
  const loaded = useLoad(async (): Promise<{ form: Schemas['SurveyFormResponse'] } | { stop: Stop }> => {
    const { data, error, response } = await api.GET('/api/v1/me/surveys/{id}', {
      params: { path: { id: surveyId } },
    });
    return data ? { form: data } : { stop: stopOf(response.status, error as Problem | undefined) };
  }, surveyId);
  if (loaded.state === 'ready' && 'form' in loaded.data)
    return (
      <>
        <p>
          <Link href="/surveys">{t('mySurveys.back')}</Link>
        </p>
        <SurveyContent
          form={loaded.data.form}
          messages={MESSAGES}
          send={(answers) =>
            api.POST('/api/v1/me/surveys/{id}/responses', {
              params: { path: { id: surveyId } },
              body: { answers },
            })
          }
        />
      </>
    );
  return (
    <Page title={t('survey.title')}>
      {loaded.state === 'ready' && 'stop' in loaded.data ? (
        <Message stop={loaded.data.stop} messages={MESSAGES} />
      ) : (
        <Await loaded={loaded}>{() => null}</Await>
      )}
    </Page>
  );
}
