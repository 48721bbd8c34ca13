import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENROLMENT_STATUSES,
  type CompletionRules,
  type CompletionView,
  type EnrolmentStatus,
  type ProgrammeCompletionView,
  type Requirement,
} from '@kenshu/domain';

export class CompletionRulesResponse {
  @ApiProperty({ type: Number, nullable: true, example: 80 }) minAttendancePercent!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 60 }) postTestPassPercent!: number | null;
  @ApiProperty() reportsAccepted!: boolean;
}

export class RequirementResponse {
  @ApiProperty({ enum: ['attendance', 'post_test', 'report'] }) kind!: Requirement['kind'];
  @ApiProperty() met!: boolean;
  @ApiPropertyOptional({ format: 'uuid', description: 'For a report stage' }) stageId?: string;
  @ApiPropertyOptional({ description: 'For a report stage: its title' }) title?: string;
  @ApiPropertyOptional({ description: 'What the rule asks, in percent (attendance, post-test)' })
  required?: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'What the trainee has, in percent; null when there is nothing yet',
  })
  actual?: number | null;
  @ApiPropertyOptional({
    enum: [
      'below_threshold',
      'excused_from_all',
      'no_post_test',
      'not_taken',
      'awaiting_marking',
      'not_accepted',
    ],
    description: 'Why it is not met',
  })
  reason?: Requirement['reason'];
}

export class CompletionResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId!: string;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) enrolmentStatus!: EnrolmentStatus;
  @ApiProperty({ description: 'Every rule is met (false when the programme has no rules)' }) met!: boolean;
  @ApiProperty({
    description:
      'Completed, but the inputs no longer meet the rules (a grade corrected, the rules raised): completion is ' +
      'never taken back automatically; a coordinator decides',
  })
  completedButNotMet!: boolean;
  @ApiProperty({ type: [RequirementResponse], description: 'One per rule (one per required report stage)' })
  requirements!: RequirementResponse[];
}

export class MyCompletionResponse extends CompletionResponse {
  @ApiProperty({ type: CompletionRulesResponse }) rules!: CompletionRulesResponse;
}

export class CompletionCountsResponse {
  @ApiProperty({ description: 'Active, completed and not-completed trainees' }) participants!: number;
  @ApiProperty() completed!: number;
  @ApiProperty({ description: 'Meeting every rule now' }) met!: number;
  @ApiProperty() notMet!: number;
}

export class ProgrammeCompletionResponse {
  @ApiProperty({ format: 'uuid' }) programmeId!: string;
  @ApiProperty({ type: CompletionRulesResponse }) rules!: CompletionRulesResponse;
  @ApiProperty({ type: CompletionCountsResponse }) counts!: CompletionCountsResponse;
  @ApiProperty({ type: [CompletionResponse] }) trainees!: CompletionResponse[];
}

export const toRulesResponse = (r: CompletionRules): CompletionRulesResponse => ({
  minAttendancePercent: r.minAttendancePercent,
  postTestPassPercent: r.postTestPassPercent,
  reportsAccepted: r.reportsAccepted,
});

export const toCompletionResponse = (v: CompletionView): CompletionResponse => ({
  userId: v.userId,
  displayName: v.displayName,
  enrolmentId: v.enrolmentId,
  enrolmentStatus: v.enrolmentStatus,
  met: v.met,
  completedButNotMet: v.completedButNotMet,
  requirements: v.requirements.map((r) => ({ ...r })),
});

export const toProgrammeCompletionResponse = (v: ProgrammeCompletionView): ProgrammeCompletionResponse => ({
  programmeId: v.programmeId,
  rules: toRulesResponse(v.rules),
  counts: { ...v.counts },
  trainees: v.trainees.map(toCompletionResponse),
});
