/** Where a request came from, for the audit log. */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent?: string | null;
}

export const NO_REQUEST: RequestMeta = { ip: null, requestId: null };
