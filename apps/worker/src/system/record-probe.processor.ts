import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { ProbesService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

@Injectable()
export class RecordProbeProcessor {
  constructor(private readonly probes: ProbesService) {}

  @JobHandler('record-probe')
  async handle(payload: JobPayloads['record-probe'], { manager, signal }: JobContext): Promise<void> {
    if (payload.fail) throw new UnrecoverableError(`probe ${payload.probeId} was asked to fail`);
    await this.probes.record(manager, payload.probeId, payload.holdMs, signal);
  }
}
