import { Injectable } from '@nestjs/common';
import { MaterialBundlesService } from '@kenshu/domain';
import { JobHandler, type JobContext, type JobPayloads } from '@kenshu/queue';

/** Streams the ZIP to storage outside any transaction; the bundle row's manifest makes a rerun a no-op. */
@Injectable()
export class BuildMaterialBundleProcessor {
  constructor(private readonly bundles: MaterialBundlesService) {}

  @JobHandler('build-material-bundle', { transactional: false })
  async handle(payload: JobPayloads['build-material-bundle'], { isFinalAttempt }: JobContext): Promise<void> {
    await this.bundles.build(payload.bundleId, { isFinal: isFinalAttempt });
  }
}
