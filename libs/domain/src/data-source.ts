import { DataSource } from 'typeorm';
import { AppConfig, loadDotEnv } from '@kenshu/config';
import { dataSourceOptions, detectServerKind } from '@kenshu/database';
import { ENTITIES } from './entities.js';

/** A data source outside Nest: migrations, the seed, scripts. */
export async function createDataSource(
  config: AppConfig = (loadDotEnv(), AppConfig.fromEnv()),
): Promise<DataSource> {
  return new DataSource(dataSourceOptions(config, ENTITIES, await detectServerKind(config.database.url)));
}
