import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@kenshu/config';
import { Mailer } from './mailer.js';
import { createMailer } from './nodemailer.mailer.js';

@Global()
@Module({
  providers: [
    { provide: Mailer, inject: [AppConfig], useFactory: (config: AppConfig) => createMailer(config) },
  ],
  exports: [Mailer],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(Mailer) private readonly mailer: Mailer) {}

  async onApplicationShutdown(): Promise<void> {
    await this.mailer.close();
  }
}
