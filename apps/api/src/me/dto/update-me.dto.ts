import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '@kenshu/domain';
import { IsLocale, IsTimeZone } from '../../common/validators.js';

/** Every field optional; a password change needs both password fields. */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Nguyễn Thị Minh', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ example: 'ja-JP', description: 'BCP 47' })
  @IsOptional()
  @IsLocale()
  locale?: string;

  @ApiPropertyOptional({ example: 'Asia/Ho_Chi_Minh', description: 'IANA time zone' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  position?: string | null;

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
