import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { TransactionService } from '@kenshu/database';
import { MaterialBundlesService, MaterialDeliveriesService } from '@kenshu/domain';

/**
 * Every MATERIAL_POLL_S, plans the delivery emails of newly released material versions and queues the
 * bundles whose contents changed. Release times are rows and rules in the database, not delayed jobs, so
 * losing Redis loses nothing; several workers may poll at once (rows are claimed with SKIP LOCKED).
 */
@Injectable()
export class MaterialsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaterialsScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly deliveries: MaterialDeliveriesService,
    private readonly bundles: MaterialBundlesService,
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.poll(), this.config.materials.pollS * 1000);
    this.timer.unref();
    void this.poll();
  }

  poll(): Promise<void> {
    this.running ??= (async () => {
      const emails = await this.tx.run((em) => this.deliveries.planDue(em));
      const bundles = await this.tx.run((em) => this.bundles.planDue(em));
      if (emails + bundles > 0) this.logger.log(`queued ${emails} material emails and ${bundles} bundles`);
    })()
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'planning materials failed; next poll retries'),
      )
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
