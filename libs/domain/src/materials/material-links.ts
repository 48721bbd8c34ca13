import { createHmac, timingSafeEqual } from 'node:crypto';
import { purposeKey } from '../common/purpose-key.js';

export interface MaterialLinkClaims {
  versionId: string;
  userId: string;
  expiresAt: Date;
}

/**
 * Signed download links for emails: `<version>.<user>.<expiry in epoch seconds>.<HMAC-SHA256>`, keyed by a
 * key derived from APP_SECRET for this purpose only. Nothing is stored; the link names who it was sent to,
 * and the download checks at that moment that this person may still see the material.
 */
export class MaterialLinkSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = purposeKey(secret, 'material-link');
  }

  sign(c: MaterialLinkClaims): string {
    const body = `${c.versionId}.${c.userId}.${Math.floor(c.expiresAt.getTime() / 1000)}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a well-formed, authentic, unexpired token; null otherwise. */
  verify(token: string, now = new Date()): MaterialLinkClaims | null {
    const parts = token.split('.');
    if (parts.length !== 4) return null;
    const [versionId, userId, exp, mac] = parts as [string, string, string, string];
    if (!/^\d{1,12}$/.test(exp)) return null;
    const expected = Buffer.from(this.mac(`${versionId}.${userId}.${exp}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const expiresAt = new Date(Number(exp) * 1000);
    if (expiresAt <= now) return null;
    return { versionId, userId, expiresAt };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
