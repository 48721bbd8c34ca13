import { DataSource } from 'typeorm';
import { TransactionService, dataSourceOptions, detectServerKind } from '@kenshu/database';
import { testConfig } from '@kenshu/testing';
import { OutboxEntity } from './outbox.entity.js';
import { OutboxService } from './outbox.service.js';

describe('OutboxService on the real database', () => {
  let ds: DataSource;
  let tx: TransactionService;
  const outbox = new OutboxService();

  beforeAll(async () => {
    const config = testConfig();
    ds = new DataSource(
      dataSourceOptions(config, [OutboxEntity], await detectServerKind(config.database.url)),
    );
    await ds.initialize();
    tx = new TransactionService(ds);
  });

  afterAll(async () => {
    await ds.destroy();
  });

  const rowsWith = (marker: string) =>
    ds
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where('o.payload LIKE :m', { m: `%${marker}%` })
      .getMany();

  it('writes the jobs in the caller transaction, with the queue from the registry', async () => {
    const marker = `commit-${Date.now()}`;
    const later = new Date(Date.now() + 3600_000);
    const id = await tx.run(async (em) => {
      const first = await outbox.add(em, 'record-probe', { probeId: marker });
      await outbox.addMany(
        em,
        'send-password-reset',
        [{ passwordResetId: `${marker}-a` }, { passwordResetId: `${marker}-b` }],
        { availableAt: later },
      );
      return first;
    });
    const rows = await rowsWith(marker);
    expect(rows.map((r) => [r.queue, r.jobName, JSON.parse(r.payload)])).toEqual([
      ['system', 'record-probe', { probeId: marker }],
      ['mail', 'send-password-reset', { passwordResetId: `${marker}-a` }],
      ['mail', 'send-password-reset', { passwordResetId: `${marker}-b` }],
    ]);
    expect(rows[1].availableAt).toEqual(new Date(Math.floor(later.getTime())));
    expect(rows.every((r) => r.relayedAt === null && r.processedAt === null)).toBe(true);
    expect(rows[0].id).toBe(id);
  });

  it('leaves nothing behind when the transaction fails', async () => {
    const marker = `rollback-${Date.now()}`;
    await expect(
      tx.run(async (em) => {
        await outbox.add(em, 'record-probe', { probeId: marker });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    expect(await rowsWith(marker)).toEqual([]);
  });

  it('refuses a manager that is not in a transaction', async () => {
    await expect(outbox.add(ds.manager, 'record-probe', { probeId: 'x' })).rejects.toThrow(
      /needs the EntityManager of an open transaction/,
    );
  });
});
