import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConfigModule } from '@kenshu/config';
import { DatabaseModule } from '@kenshu/database';
import { MailModule } from '@kenshu/mail';
import { OutboxModule } from '@kenshu/queue';
import { Storage, StorageModule } from '@kenshu/storage';
import { testConfig } from '@kenshu/testing';
import { orderedUuid } from '../common/ordered-uuid.js';
import { ENTITIES } from '../entities.js';
import { DashboardsModule } from './dashboards.module.js';
import { ExportsService } from './exports.service.js';

/** The seeded FY2023 bilateral meetings (its cohort attended and completed). */
const FY2023 = '00000000-0000-4000-a000-000000000004';
/** The seeded demo coordinator. */
const COORDINATOR = '00000000-0000-4000-9000-000000000002';

const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
    );
  } catch {
    return [];
  }
};

/**
 * The build-export job's work on the real database and storage: the rows it commits are this file's own
 * (an export row of its own, deleted at the end with its file).
 */
describe('ExportsService.build on the real database', () => {
  let moduleRef: TestingModule;
  let ds: DataSource;
  let exportsService: ExportsService;
  let storage: Storage;
  const made: string[] = [];
  const config = testConfig();

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(ENTITIES),
        OutboxModule,
        MailModule,
        StorageModule,
        DashboardsModule,
      ],
    }).compile();
    ds = moduleRef.get<DataSource>(getDataSourceToken());
    exportsService = moduleRef.get(ExportsService);
    storage = moduleRef.get(Storage);
  });

  afterAll(async () => {
    for (const id of made) {
      const [row] = (await ds.query(`SELECT storage_key FROM data_export WHERE id = ?`, [id])) as {
        storage_key: string | null;
      }[];
      if (row?.storage_key) await storage.delete(row.storage_key);
      await ds.query(`DELETE FROM data_export WHERE id = ?`, [id]);
    }
    await moduleRef?.close();
  });

  const queued = async (kind: string, format: string) => {
    const id = orderedUuid();
    await ds.query(
      `INSERT INTO data_export (id, programme_id, requested_by, kind, format) VALUES (?, ?, ?, ?, ?)`,
      [id, FY2023, COORDINATOR, kind, format],
    );
    made.push(id);
    return id;
  };

  it('leaves one file when two workers build the same export at once, and none more on a rerun', async () => {
    const id = await queued('attendance', 'xlsx');
    const before = filesUnder(config.storage.dir).length;
    await Promise.all([exportsService.build(id), exportsService.build(id)]);
    const [row] = (await ds.query(
      `SELECT status, storage_key, size_bytes, sha256, \`rows\` FROM data_export WHERE id = ?`,
      [id],
    )) as { status: string; storage_key: string; size_bytes: string; sha256: string; rows: number }[];
    expect(row).toMatchObject({ status: 'ready' });
    expect(await storage.size(row!.storage_key)).toBe(Number(row!.size_bytes));
    expect(Number(row!.rows)).toBeGreaterThan(0);
    expect(filesUnder(config.storage.dir).length).toBe(before + 1);

    await exportsService.build(id);
    const [again] = (await ds.query(`SELECT storage_key, sha256 FROM data_export WHERE id = ?`, [id])) as {
      storage_key: string;
      sha256: string;
    }[];
    expect(again).toEqual({ storage_key: row!.storage_key, sha256: row!.sha256 });
    expect(filesUnder(config.storage.dir).length).toBe(before + 1);
  });

  it('does nothing for an export that no longer exists', async () => {
    const before = filesUnder(config.storage.dir).length;
    await exportsService.build(orderedUuid());
    expect(filesUnder(config.storage.dir).length).toBe(before);
  });
});
