import { PlatformAndPeople1795348800000 } from './1795348800000-platform-and-people.js';

/** Every migration, in order. `npm run migration:generate` writes a new file; add it here. */
export const MIGRATIONS = [PlatformAndPeople1795348800000];
