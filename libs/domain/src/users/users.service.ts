import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PasswordHasher } from './password-hasher.js';
import type { Role, UserEntity } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

/** What other features may know of a user. */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
  status: UserEntity['status'];
}

const summary = (u: UserEntity): UserSummary => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale,
  timeZone: u.timeZone,
  status: u.status,
});

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async findActiveByEmail(em: EntityManager, email: string): Promise<UserSummary | null> {
    const user = await this.users.findByEmail(em, email);
    return user && user.status === 'active' ? summary(user) : null;
  }

  async findById(em: EntityManager, id: string): Promise<UserSummary | null> {
    const user = await this.users.findById(em, id);
    return user ? summary(user) : null;
  }

  /** Hashes (and so checks) the new password, then stores it; throws AUTH.PASSWORD_TOO_WEAK. */
  async setPassword(em: EntityManager, userId: string, password: string, field = 'password'): Promise<void> {
    await this.users.setPasswordHash(em, userId, await this.hasher.hash(password, field));
  }

  async verifyPassword(em: EntityManager, email: string, password: string): Promise<UserSummary | null> {
    const user = await this.users.findByEmail(em, email);
    if (!user?.passwordHash || user.status !== 'active') return null;
    return (await this.hasher.verify(user.passwordHash, password)) ? summary(user) : null;
  }

  rolesOf(em: EntityManager, userId: string): Promise<Role[]> {
    return this.users.rolesOf(em, userId);
  }

  /** Creates or updates a user by email with these roles, password hashed (demo seed, later admin tools). */
  async upsertWithPassword(
    em: EntityManager,
    user: Omit<UserEntity, 'createdAt' | 'updatedAt' | 'passwordHash'>,
    roles: Role[],
    password: string,
  ): Promise<string> {
    return this.users.upsert(em, { ...user, passwordHash: await this.hasher.hash(password) }, roles);
  }
}
