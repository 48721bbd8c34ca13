import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UserEntity, UserRoleEntity, type Role } from './user.entity.js';

@Injectable()
export class UsersRepository {
  findByEmail(em: EntityManager, email: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { email: email.trim().toLowerCase() } });
  }

  findById(em: EntityManager, id: string): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id } });
  }

  async rolesOf(em: EntityManager, userId: string): Promise<Role[]> {
    const rows = await em.find(UserRoleEntity, { where: { userId } });
    return rows.map((r) => r.role);
  }

  async setPasswordHash(em: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await em.update(UserEntity, { id: userId }, { passwordHash });
  }

  /** Insert or update by email (the seed's upsert). */
  async upsert(
    em: EntityManager,
    user: Omit<UserEntity, 'createdAt' | 'updatedAt'>,
    roles: Role[],
  ): Promise<string> {
    const existing = await this.findByEmail(em, user.email);
    const id = existing?.id ?? user.id;
    if (existing) {
      await em.update(UserEntity, { id }, { ...user, id });
    } else {
      await em.insert(UserEntity, { ...user, email: user.email.toLowerCase() });
    }
    await em.delete(UserRoleEntity, { userId: id });
    if (roles.length > 0)
      await em.insert(
        UserRoleEntity,
        roles.map((role) => ({ userId: id, role })),
      );
    return id;
  }
}
