import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { PasswordResetService } from './password-reset.service.js';

@Module({ imports: [UsersModule], providers: [PasswordResetService], exports: [PasswordResetService] })
export class AuthModule {}
