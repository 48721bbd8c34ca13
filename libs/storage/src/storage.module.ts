import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { LocalDiskStorage } from './local-disk.storage.js';
import { Storage } from './storage.js';

@Global()
@Module({
  providers: [
    {
      provide: Storage,
      inject: [AppConfig],
      useFactory: (c: AppConfig) => new LocalDiskStorage(c.storage.dir),
    },
  ],
  exports: [Storage],
})
export class StorageModule {}
