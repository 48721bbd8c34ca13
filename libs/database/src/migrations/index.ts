import { PlatformAndPeople1795348800000 } from './1795348800000-platform-and-people.js';
import { OutboxFailures1795435200000 } from './1795435200000-outbox-failures.js';
import { IdentityAndAccess1795521600000 } from './1795521600000-identity-and-access.js';
import { Facilities1795611600000 } from './1795611600000-facilities.js';
import { ProgrammesAndSessions1795615200000 } from './1795615200000-programmes-and-sessions.js';
import { CalendarFeeds1795618800000 } from './1795618800000-calendar-feeds.js';
import { SessionReminders1795622400000 } from './1795622400000-session-reminders.js';
import { RosterDownloads1795626000000 } from './1795626000000-roster-downloads.js';
import { TrainingMenu1795633200000 } from './1795633200000-training-menu.js';
import { SessionReferences1795640400000 } from './1795640400000-session-references.js';
import { Materials1795700000000 } from './1795700000000-materials.js';
import { Attendance1795800000000 } from './1795800000000-attendance.js';
import { Reports1795820000000 } from './1795820000000-reports.js';
import { Certificates1795830000000 } from './1795830000000-certificates.js';
import { Assessments1795810000000 } from './1795810000000-assessments.js';
import { Completion1795840000000 } from './1795840000000-completion.js';
import { Indicators1795920000000 } from './1795920000000-indicators.js';
import { Dashboards1795910000000 } from './1795910000000-dashboards.js';
import { Surveys1795900000000 } from './1795900000000-surveys.js';
import { SurveyEmails1795930000000 } from './1795930000000-survey-emails.js';
import { SurveyPlans1795940000000 } from './1795940000000-survey-plans.js';

/** Every migration, in order. `npm run migration:generate` writes a new file; add it here. */
export const MIGRATIONS = [
  PlatformAndPeople1795348800000,
  OutboxFailures1795435200000,
  IdentityAndAccess1795521600000,
  Facilities1795611600000,
  ProgrammesAndSessions1795615200000,
  CalendarFeeds1795618800000,
  SessionReminders1795622400000,
  RosterDownloads1795626000000,
  TrainingMenu1795633200000,
  SessionReferences1795640400000,
  Materials1795700000000,
  Attendance1795800000000,
  Assessments1795810000000,
  Reports1795820000000,
  Certificates1795830000000,
  Completion1795840000000,
  Surveys1795900000000,
  Dashboards1795910000000,
  Indicators1795920000000,
  SurveyEmails1795930000000,
  SurveyPlans1795940000000,
];
