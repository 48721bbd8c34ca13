import type { DataSource } from 'typeorm';
import { OrganisationEntity, type OrganisationKind } from '../organisations/organisation.entity.js';
import { PasswordHasher } from '../users/password-hasher.js';
import type { Role } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { seedDemoMenu } from './demo-menu.js';
import type { Storage } from '@kenshu/storage';
import { seedDemoAssessments } from './demo-assessments.js';
import { seedDemoAttendance } from './demo-attendance.js';
import { seedDemoCertificates } from './demo-certificates.js';
import { seedDemoCompletion } from './demo-completion.js';
import { seedDemoIndicators } from './demo-indicators.js';
import { seedDemoDashboards } from './demo-dashboards.js';
import { seedDemoMaterials } from './demo-materials.js';
import { seedDemoProgrammes } from './demo-programmes.js';
import { seedDemoReports } from './demo-reports.js';
import { seedDemoSurveyPlans } from './demo-survey-plans.js';
import { seedDemoSurveys } from './demo-surveys.js';

/** Fixed ids so that seeding twice updates the same rows. */
const org = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
const usr = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;

/** From the public record of the FY2023 programmes (../shared/DESIGN.md, "Facts for the demo data"). */
export const DEMO_ORGANISATIONS: {
  id: string;
  kind: OrganisationKind;
  name: string;
  country: string;
  city: string;
}[] = [
  {
    id: org(1),
    kind: 'host',
    name: 'Tokyo Metropolitan Government, Bureau of Environment',
    country: 'JP',
    city: 'Tokyo',
  },
  { id: org(2), kind: 'host', name: 'Clean Association of Tokyo 23', country: 'JP', city: 'Tokyo' },
  { id: org(3), kind: 'host', name: 'Katsushika City', country: 'JP', city: 'Tokyo' },
  { id: org(4), kind: 'funder', name: 'Ministry of the Environment, Japan', country: 'JP', city: 'Tokyo' },
  { id: org(5), kind: 'funder', name: 'Asian Development Bank', country: 'PH', city: 'Mandaluyong' },
  {
    id: org(6),
    kind: 'funder',
    name: 'Japan International Cooperation Agency (JICA)',
    country: 'JP',
    city: 'Tokyo',
  },
  {
    id: org(7),
    kind: 'home_government',
    name: 'Ministry of Climate Change, Environment and Energy',
    country: 'MV',
    city: 'Malé',
  },
  {
    id: org(8),
    kind: 'home_government',
    name: 'Taipei City Government, Department of Environmental Protection',
    country: 'TW',
    city: 'Taipei',
  },
  {
    id: org(9),
    kind: 'home_government',
    name: 'Seoul Metropolitan Government',
    country: 'KR',
    city: 'Seoul',
  },
  { id: org(10), kind: 'home_government', name: 'Aarhus Municipality', country: 'DK', city: 'Aarhus' },
  {
    id: org(11),
    kind: 'home_government',
    name: 'National Environment Agency',
    country: 'SG',
    city: 'Singapore',
  },
  {
    id: org(12),
    kind: 'home_government',
    name: 'Hanoi Urban Environment Company (URENCO)',
    country: 'VN',
    city: 'Hà Nội',
  },
  {
    id: org(13),
    kind: 'home_government',
    name: 'Bangkok Metropolitan Administration',
    country: 'TH',
    city: 'Bangkok',
  },
  {
    id: org(14),
    kind: 'home_government',
    name: 'Kolkata Municipal Corporation',
    country: 'IN',
    city: 'Kolkata',
  },
  {
    id: org(15),
    kind: 'home_government',
    name: 'Kiritimati Island Council',
    country: 'KI',
    city: 'London, Kiritimati',
  },
  { id: org(16), kind: 'other', name: 'LA Sanitation and Environment', country: 'US', city: 'Los Angeles' },
];

export const DEMO_USERS: {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: string;
  timeZone: string;
  organisationId: string;
  position: string;
}[] = [
  {
    id: usr(1),
    email: 'admin@kenshu.example',
    displayName: 'Kenshu Admin',
    roles: ['admin'],
    locale: 'en',
    timeZone: 'Asia/Tokyo',
    organisationId: org(1),
    position: 'System administrator',
  },
  {
    id: usr(2),
    email: 'coordinator@kenshu.example',
    displayName: '佐藤 花子',
    roles: ['coordinator'],
    locale: 'ja',
    timeZone: 'Asia/Tokyo',
    organisationId: org(1),
    position: 'International cooperation coordinator',
  },
  {
    id: usr(3),
    email: 'instructor@kenshu.example',
    displayName: '鈴木 一郎',
    roles: ['instructor'],
    locale: 'ja',
    timeZone: 'Asia/Tokyo',
    organisationId: org(2),
    position: 'Plant engineer, incineration',
  },
  {
    id: usr(4),
    email: 'trainee@kenshu.example',
    displayName: 'Aminath Shifaza',
    roles: ['trainee'],
    locale: 'en',
    timeZone: 'Indian/Maldives',
    organisationId: org(7),
    position: 'Waste management officer',
  },
  {
    id: usr(5),
    email: 'trainee.taipei@kenshu.example',
    displayName: '林 怡君',
    roles: ['trainee'],
    locale: 'en',
    timeZone: 'Asia/Taipei',
    organisationId: org(8),
    position: 'Recycling section officer',
  },
  {
    id: usr(6),
    email: 'trainee.seoul@kenshu.example',
    displayName: '김민준',
    roles: ['trainee'],
    locale: 'en',
    timeZone: 'Asia/Seoul',
    organisationId: org(9),
    position: 'Resource circulation policy officer',
  },
  {
    id: usr(7),
    email: 'trainee.aarhus@kenshu.example',
    displayName: 'Mette Sørensen',
    roles: ['trainee'],
    locale: 'en',
    timeZone: 'Europe/Copenhagen',
    organisationId: org(10),
    position: 'Circular economy planner',
  },
  {
    id: usr(8),
    email: 'trainee.hanoi@kenshu.example',
    displayName: 'Nguyễn Thị Minh',
    roles: ['trainee'],
    locale: 'vi',
    timeZone: 'Asia/Ho_Chi_Minh',
    organisationId: org(12),
    position: 'Deputy head, collection planning',
  },
  {
    id: usr(9),
    email: 'trainee.bangkok@kenshu.example',
    displayName: 'สมชาย ใจดี',
    roles: ['trainee'],
    locale: 'th',
    timeZone: 'Asia/Bangkok',
    organisationId: org(13),
    position: 'Environmental engineer',
  },
  {
    id: usr(10),
    email: 'trainee.kolkata@kenshu.example',
    displayName: 'Priya Banerjee',
    roles: ['trainee'],
    locale: 'en-IN',
    timeZone: 'Asia/Kolkata',
    organisationId: org(14),
    position: 'Solid waste management officer',
  },
  {
    id: usr(11),
    email: 'trainee.kiritimati@kenshu.example',
    displayName: 'Teuea Toatu',
    roles: ['trainee'],
    locale: 'en',
    timeZone: 'Pacific/Kiritimati',
    organisationId: org(15),
    position: 'Island council environment officer',
  },
  {
    id: usr(12),
    email: 'trainee.la@kenshu.example',
    displayName: 'Maria López',
    roles: ['trainee'],
    locale: 'es-US',
    timeZone: 'America/Los_Angeles',
    organisationId: org(16),
    position: 'Recycling programme analyst',
  },
];

/** Idempotent: run it as often as you like; it updates the same rows. */
export async function seedDemo(
  dataSource: DataSource,
  password: string,
  storage?: Storage,
  /** Where the API is reached, for the demo certificate's verification address. */
  publicUrl = 'http://localhost:3000',
): Promise<{
  organisations: number;
  users: number;
  menuItems: number;
  programmes: number;
  materials: number;
  assessments: number;
  reportStages: number;
  indicators: number;
  certificates: number;
  completionRules: number;
  genders: number;
  surveys: number;
  surveyPlans: number;
}> {
  const users = new UsersRepository();
  const hasher = new PasswordHasher();
  const passwordHash = await hasher.hash(password, 'DEMO_PASSWORD');
  const counts = await dataSource.transaction(async (em) => {
    await em.upsert(OrganisationEntity, DEMO_ORGANISATIONS, ['id']);
    for (const { roles, ...user } of DEMO_USERS) {
      await users.upsert(em, { ...user, passwordHash, status: 'active' }, roles);
    }
    const menuItems = await seedDemoMenu(em);
    const programmes = await seedDemoProgrammes(em);
    const materials = await seedDemoMaterials(em, storage);
    await seedDemoAttendance(em);
    return {
      menuItems,
      programmes,
      materials,
      assessments: await seedDemoAssessments(em),
      reportStages: await seedDemoReports(em),
      indicators: await seedDemoIndicators(em),
      certificates: await seedDemoCertificates(em, publicUrl, storage),
      completionRules: await seedDemoCompletion(em),
      genders: await seedDemoDashboards(em),
      surveys: await seedDemoSurveys(em),
      surveyPlans: await seedDemoSurveyPlans(em),
    };
  });
  return { organisations: DEMO_ORGANISATIONS.length, users: DEMO_USERS.length, ...counts };
}
