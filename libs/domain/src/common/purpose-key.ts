import { createHmac } from 'node:crypto';

/**
 * A key for one purpose only, derived from APP_SECRET (`kenshu:<purpose>:v1`), so that one secret serves
 * every signed link and derived token, and a value made for one purpose is worth nothing for another.
 */
export const purposeKey = (secret: string, purpose: string): Buffer =>
  createHmac('sha256', secret).update(`kenshu:${purpose}:v1`).digest();
