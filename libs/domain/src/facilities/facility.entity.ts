import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type ValueTransformer } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../common/timestamps.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

export const FACILITY_KINDS = [
  'collection_depot',
  'transfer_station',
  'incineration_plant',
  'recycling_facility',
  'final_disposal_site',
  'other',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_STATUSES = ['active', 'archived'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

/** DECIMAL comes back from the driver as a string; coordinates are numbers everywhere else. */
const decimal: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A place that receives site visits — a collection depot, an incineration plant, a final disposal site —
 * with its host's contact, its capacity and its rules for receiving groups, stated in the host's zone.
 */
@Entity('facility')
@Index('ix_facility_status_name', ['status', 'name'])
export class FacilityEntity {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: FacilityKind;

  @Index('ix_facility_host')
  @Column({ type: 'char', length: 36, nullable: true })
  hostOrganisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'host_organisation_id', foreignKeyConstraintName: 'fk_facility_host' })
  hostOrganisation?: OrganisationEntity;

  @Column({ type: 'text' })
  address!: string;

  /** WGS 84 degrees; both or neither. */
  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimal })
  latitude!: number | null;

  @Column({ type: 'decimal', precision: 9, scale: 6, nullable: true, transformer: decimal })
  longitude!: number | null;

  /** The host's IANA zone: where its start times and weekdays are meant. */
  @Column({ type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone!: string | null;

  /** Visitors at once. */
  @Column({ type: 'int', unsigned: true })
  capacity!: number;

  /** A lower cap for overseas groups; null: the capacity applies to them too. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  overseasCapacity!: number | null;

  @Column({ type: 'text', nullable: true })
  safetyNotes!: string | null;

  /** ISO weekdays visits may take place on, ascending and comma-separated: `1,2,3,4,5`. */
  @Column({ type: 'varchar', length: 13, default: '1,2,3,4,5,6,7' })
  allowedWeekdays!: string;

  /** Host local time (`09:30:00`); null: no limit. */
  @Column({ type: 'time', nullable: true })
  earliestStart!: string | null;

  /** Host local time, inclusive; null: no limit. */
  @Column({ type: 'time', nullable: true })
  latestStart!: string | null;

  /** Minutes; a longer visit breaks the host's rule. Null: no rule. */
  @Column({ type: 'smallint', unsigned: true, nullable: true })
  typicalDurationMin!: number | null;

  /** The visitor roster is due this many days before the visit (0: on the day). */
  @Column({ type: 'smallint', unsigned: true, default: 0 })
  rosterDueDays!: number;

  /** One interpreter per this many visitors of an overseas group; null: no interpreter rule. */
  @Column({ type: 'smallint', unsigned: true, nullable: true })
  visitorsPerInterpreter!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: FacilityStatus;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
