import { Injectable } from '@nestjs/common';
import type { Principal } from '../common/principal.js';

/** The kinds of task features put on people's lists. */
export const TASK_KINDS = ['site_visit_roster'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * `overdue`: its due date has passed and it is not done; `due`: due today; `upcoming`: due later;
 * `done`: done, kept on the list until its subject is past.
 */
export type TaskState = 'overdue' | 'due' | 'upcoming' | 'done';

/** Something a person should do by a day, and where to do it. */
export interface TaskView {
  /** Stable across calls: `<kind>:<subject id>`. */
  id: string;
  kind: TaskKind;
  /** What to do, in English. */
  title: string;
  /** ISO date, in `timeZone`. */
  dueOn: string;
  /** The zone whose calendar the due date is on (the host's). */
  timeZone: string;
  /** Calendar days from today to the due date in that zone; negative once it has passed. */
  daysLeft: number;
  state: TaskState;
  programme: { id: string; code: string; title: string };
  /** The thing the task is about. */
  subject: { type: 'session'; id: string; title: string };
  /** The API call that does it. */
  action: { method: 'GET' | 'POST'; href: string };
  /** For `site_visit_roster`. */
  roster?: RosterTaskDetails;
}

export interface RosterTaskDetails {
  facility: { id: string; name: string } | null;
  /** The visit's (first) day in the host's zone, and its start when it is timed. */
  visitOn: string;
  startsAt: Date | null;
  /** Trainees who will visit (invited or active) now. */
  visitors: number;
  lastDownload: { at: Date; format: 'csv' | 'pdf'; language: 'ja' | 'en'; visitors: number } | null;
}

export interface TaskWindow {
  now: Date;
  /** Tasks due up to this many days ahead (open overdue ones whatever their date). */
  days: number;
}

/** A feature's contribution to the task list. */
export interface TaskSource {
  tasksFor(principal: Principal, window: TaskWindow): Promise<TaskView[]>;
}

export const DEFAULT_TASK_DAYS = 30;
export const MAX_TASK_DAYS = 365;

const STATE_ORDER: Record<TaskState, number> = { overdue: 0, due: 1, upcoming: 1, done: 1 };

/**
 * The caller's upcoming tasks, gathered from every feature that registers a source (RostersModule:
 * the site-visit rosters a coordinator owes hosts). Open overdue tasks first, then by due date.
 */
@Injectable()
export class TasksService {
  private readonly sources: TaskSource[] = [];

  /** Called by a feature's module when it starts. */
  register(source: TaskSource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  async mine(principal: Principal, window: Partial<TaskWindow> = {}): Promise<TaskView[]> {
    const full: TaskWindow = { now: window.now ?? new Date(), days: window.days ?? DEFAULT_TASK_DAYS };
    const lists = await Promise.all(this.sources.map((s) => s.tasksFor(principal, full)));
    return lists
      .flat()
      .sort(
        (a, b) =>
          STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
          a.dueOn.localeCompare(b.dueOn) ||
          (a.roster?.startsAt?.getTime() ?? 0) - (b.roster?.startsAt?.getTime() ?? 0) ||
          a.id.localeCompare(b.id),
      );
  }
}
