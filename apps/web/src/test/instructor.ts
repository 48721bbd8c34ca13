import type { User } from '../api/client';
import { trainee } from './harness';

/** An instructor in London teaching a programme hosted in Tokyo. */
export const instructor: User = {
  ...trainee,
  id: '3c1f4d2e-6e8b-4a8f-8b62-1d2e3f4a5b6c',
  email: 'instructor@kenshu.example',
  displayName: 'Sato Hiroshi',
  roles: ['instructor'],
  timeZone: 'Europe/London',
};
