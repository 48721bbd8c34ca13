import { createHmac } from 'node:crypto';
import { purposeKey } from '../common/purpose-key.js';

/**
 * The personal token of a survey invitation: base64url(HMAC-SHA256(key for "survey-invitation", id)).
 * Derived, so the invitation email and every reminder carry the same link; stored only as its SHA-256.
 */
export const surveyInvitationToken = (secret: string, invitationId: string): string =>
  createHmac('sha256', purposeKey(secret, 'survey-invitation')).update(invitationId).digest('base64url');
