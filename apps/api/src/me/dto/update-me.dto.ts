import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@kenshu/domain';
import { UpdateUserDto } from '../../users/dto/user.dto.js';

/** The profile fields a person sets for themselves (not their organisation); a new password needs both. */
export class UpdateMeDto extends PickType(UpdateUserDto, [
  'displayName',
  'locale',
  'languageFallbacks',
  'timeZone',
  'position',
  'gender',
]) {
  @ApiPropertyOptional({ description: 'Needed with newPassword' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword?: string;

  @ApiPropertyOptional({
    description: 'At least 12 characters, not a common password; ends your other sessions',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword?: string;
}
