/** The demo accounts the test database is seeded with (libs/domain/src/seed/demo-seed.ts). */
export const DEMO = {
  password: process.env.DEMO_PASSWORD ?? 'Kenshu-demo-2026',
  admin: 'admin@kenshu.example',
  coordinator: 'coordinator@kenshu.example',
  instructor: 'instructor@kenshu.example',
  trainee: 'trainee@kenshu.example',
  otherTrainee: 'trainee.taipei@kenshu.example',
} as const;

export interface SignedInUser {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; roles: string[] } & Record<string, unknown>;
}

/**
 * A JSON call to the API; `token` adds `Authorization: Bearer`. A JSON body (problem+json too) is parsed;
 * any other (an iCalendar feed) comes as text.
 */
export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  const json = /[/+]json\b/.test(res.headers.get('content-type') ?? 'application/json');
  return {
    status: res.status,
    body: (text ? (json ? JSON.parse(text) : text) : undefined) as T,
    headers: res.headers,
  };
}

/** Signs in through POST /api/v1/auth/login; throws with the problem when it fails. */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string = DEMO.password,
): Promise<SignedInUser> {
  const res = await call<SignedInUser>(baseUrl, 'POST', '/api/v1/auth/login', { body: { email, password } });
  if (res.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
