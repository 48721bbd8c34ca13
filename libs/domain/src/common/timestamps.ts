import { Column } from 'typeorm';

/** `DATETIME(3)` in UTC with defaults of the same precision (MariaDB drifts when they differ). */
export const CreatedAt = () =>
  Column({ type: 'datetime', precision: 3, default: () => 'CURRENT_TIMESTAMP(3)' });

export const UpdatedAt = () =>
  Column({
    type: 'datetime',
    precision: 3,
    default: () => 'CURRENT_TIMESTAMP(3)',
    onUpdate: 'CURRENT_TIMESTAMP(3)',
  });
