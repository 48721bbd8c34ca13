import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNumber, Max, Min, ValidateIf } from 'class-validator';

const percent = { message: 'must be a percentage from 0 to 100, or null' };

/** The whole rule set: a rule that does not apply is null (or false). */
export class CompletionRulesDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    example: 80,
    description:
      'Share of the programme’s sessions attended (present or late), in percent. Excused sessions are left out ' +
      'of the share; sessions still to come count, so nobody completes before attending enough of it.',
  })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false }, percent)
  @Min(0, percent)
  @Max(100, percent)
  minAttendancePercent!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: 100,
    example: 60,
    description: 'Pass mark of the post-test: the trainee’s best submitted attempt, in percent of its points',
  })
  @ValidateIf((_, v) => v !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false }, percent)
  @Min(0, percent)
  @Max(100, percent)
  postTestPassPercent!: number | null;

  @ApiProperty({ description: 'Every report stage marked requiredForCompletion must be accepted' })
  @IsBoolean({ message: 'must be true or false' })
  reportsAccepted!: boolean;
}
