import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '@kenshu/config';
import { JobHandler, type JobPayloads } from '@kenshu/queue';
import { JobDispatcher, JobHandlerRegistryError } from './job-dispatcher.service.js';
import { OutboxCompletions } from './outbox-completions.service.js';

@Injectable()
class PipelineHandler {
  @JobHandler('check-pipeline', { transactional: false })
  async handle(): Promise<void> {}
}

@Injectable()
class ProbeHandler {
  @JobHandler('record-probe')
  async handle(_payload: JobPayloads['record-probe']): Promise<void> {}
}

@Injectable()
class ResetHandler {
  @JobHandler('send-password-reset')
  async handle(_payload: JobPayloads['send-password-reset']): Promise<void> {}
}

@Injectable()
class InvitationHandler {
  @JobHandler('send-invitation')
  async handle(_payload: JobPayloads['send-invitation']): Promise<void> {}
}

@Injectable()
class ReminderHandler {
  @JobHandler('send-session-reminder')
  async handle(_payload: JobPayloads['send-session-reminder']): Promise<void> {}
}

@Injectable()
class WaitingListHandler {
  @JobHandler('fill-waiting-list')
  async handle(_payload: JobPayloads['fill-waiting-list']): Promise<void> {}
}

@Injectable()
class MaterialHandlers {
  @JobHandler('send-material', { transactional: false })
  async send(_payload: JobPayloads['send-material']): Promise<void> {}

  @JobHandler('build-material-bundle', { transactional: false })
  async build(_payload: JobPayloads['build-material-bundle']): Promise<void> {}
}

@Injectable()
class CompletionHandler {
  @JobHandler('evaluate-completion')
  async evaluate(_payload: JobPayloads['evaluate-completion']): Promise<void> {}
}

@Injectable()
class ReportReviewHandler {
  @JobHandler('send-report-review')
  async send(_payload: JobPayloads['send-report-review']): Promise<void> {}
}

@Injectable()
class ExportHandler {
  @JobHandler('build-export', { transactional: false })
  async build(_payload: JobPayloads['build-export']): Promise<void> {}
}

@Injectable()
class CertificateHandler {
  @JobHandler('issue-certificate', { transactional: false })
  async issue(_payload: JobPayloads['issue-certificate']): Promise<void> {}
}

@Injectable()
class SurveyEmailHandler {
  @JobHandler('send-survey-email', { transactional: false })
  async send(_payload: JobPayloads['send-survey-email']): Promise<void> {}
}

@Injectable()
class SecondProbeHandler {
  @JobHandler('record-probe')
  async again(_payload: JobPayloads['record-probe']): Promise<void> {}
}

/** The dispatcher of a Nest module holding these providers (discovery only: no database, no Redis). */
async function dispatcherWith(...providers: (new (...args: never[]) => object)[]): Promise<JobDispatcher> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [
      JobDispatcher,
      ...providers,
      { provide: AppConfig, useValue: AppConfig.fromEnv({}) },
      { provide: getDataSourceToken(), useValue: {} },
      { provide: OutboxCompletions, useValue: {} },
    ],
  }).compile();
  return moduleRef.get(JobDispatcher);
}

describe('JobDispatcher.discoverHandlers', () => {
  it('maps every job of the registry to its one handler, transactional unless it says otherwise', async () => {
    const dispatcher = await dispatcherWith(
      PipelineHandler,
      ProbeHandler,
      ResetHandler,
      InvitationHandler,
      ReminderHandler,
      WaitingListHandler,
      MaterialHandlers,
      CompletionHandler,
      ReportReviewHandler,
      CertificateHandler,
      ExportHandler,
      SurveyEmailHandler,
    );
    const handlers = dispatcher.discoverHandlers();
    expect([...handlers.keys()].sort()).toEqual([
      'build-export',
      'build-material-bundle',
      'check-pipeline',
      'evaluate-completion',
      'fill-waiting-list',
      'issue-certificate',
      'record-probe',
      'send-invitation',
      'send-material',
      'send-password-reset',
      'send-report-review',
      'send-session-reminder',
      'send-survey-email',
    ]);
    expect(handlers.get('check-pipeline')?.transactional).toBe(false);
    expect(handlers.get('send-survey-email')?.transactional).toBe(false);
    expect(handlers.get('record-probe')?.transactional).toBe(true);
  });

  it('refuses to start when a job has no handler, naming it', async () => {
    const dispatcher = await dispatcherWith(
      PipelineHandler,
      ProbeHandler,
      InvitationHandler,
      ReminderHandler,
      WaitingListHandler,
      MaterialHandlers,
    );
    expect(() => dispatcher.discoverHandlers()).toThrow(JobHandlerRegistryError);
    expect(() => dispatcher.discoverHandlers()).toThrow('job "send-password-reset" has no handler');
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    const dispatcher = await dispatcherWith(
      PipelineHandler,
      ProbeHandler,
      ResetHandler,
      InvitationHandler,
      ReminderHandler,
      WaitingListHandler,
      MaterialHandlers,
      SecondProbeHandler,
    );
    expect(() => dispatcher.discoverHandlers()).toThrow(
      'job "record-probe" has 2 handlers: ProbeHandler.handle, SecondProbeHandler.again',
    );
  });
});
