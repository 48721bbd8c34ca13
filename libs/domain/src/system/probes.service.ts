import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionService } from '@kenshu/database';
import { OutboxService } from '@kenshu/queue';
import { ProbeEntity } from './probe.entity.js';

@Injectable()
export class ProbesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly outbox: OutboxService,
  ) {}

  /** Writes `count` probes and their `record-probe` jobs in one transaction. */
  async send(
    count: number,
    label: string,
    options: { holdMs?: number; fail?: boolean } = {},
  ): Promise<string[]> {
    const ids = Array.from({ length: count }, () => randomUUID());
    await this.tx.run(async (em) => {
      for (let i = 0; i < ids.length; i += 1000) {
        const chunk = ids.slice(i, i + 1000);
        await em.insert(
          ProbeEntity,
          chunk.map((id) => ({ id, label })),
        );
        await this.outbox.addMany(
          em,
          'record-probe',
          chunk.map((probeId) => ({ probeId, ...options })),
        );
      }
    });
    return ids;
  }

  /** The `record-probe` job. Counts every run, so a test can tell a job that ran twice. */
  async record(em: EntityManager, probeId: string, holdMs = 0, signal?: AbortSignal): Promise<void> {
    if (holdMs > 0) await sleep(holdMs, undefined, { signal });
    await em
      .createQueryBuilder()
      .update(ProbeEntity)
      .set({ runs: () => 'runs + 1', processedAt: new Date() })
      .where('id = :probeId', { probeId })
      .execute();
  }

  async stats(label: string): Promise<{ total: number; processed: number; ranTwice: number }> {
    const [row] = await this.tx.manager.query(
      `SELECT COUNT(*) AS total, COALESCE(SUM(runs >= 1), 0) AS processed, COALESCE(SUM(runs > 1), 0) AS ranTwice
         FROM probe WHERE label = ?`,
      [label],
    );
    return { total: Number(row.total), processed: Number(row.processed), ranTwice: Number(row.ranTwice) };
  }
}
