import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserResponse } from '../../users/dto/user.response.js';

export class LoginDto {
  @ApiProperty({ example: 'trainee@kenshu.example', maxLength: 254 })
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last sign-in or refresh; it works once' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken!: string;
}

export class TokensResponse {
  @ApiProperty({ description: 'A JWT to send as `Authorization: Bearer …`' })
  accessToken!: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';

  @ApiProperty({ description: 'Seconds the access token stays valid', example: 900 })
  expiresIn!: number;

  @ApiProperty({ description: 'One use: exchange it at /auth/refresh for the next pair' })
  refreshToken!: string;

  @ApiProperty({ description: 'UTC' })
  refreshExpiresAt!: Date;

  @ApiProperty({ type: UserResponse })
  user!: UserResponse;
}
