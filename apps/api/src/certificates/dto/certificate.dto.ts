import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class RevokeCertificateDto {
  @ApiProperty({
    example: 'Issued in error: the final report had not been accepted',
    maxLength: 500,
    description: 'Why it is revoked: kept in the certificate and the audit log (never shown to the public)',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason!: string;
}
