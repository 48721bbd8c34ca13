import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Services run their writes through this helper; repositories take the caller's EntityManager,
 * so one transaction covers the business rows and the outbox rows they cause.
 */
@Injectable()
export class TransactionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work); // READ COMMITTED: every pooled connection is set to it
  }

  /** The manager outside a transaction, for reads. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
