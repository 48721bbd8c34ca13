import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, forgetTokens, hasStoredSession, keepTokens, refreshSession, type User } from './api/client';

export type SignInResult = 'ok' | 'wrong' | 'throttled' | 'failed';

interface Session {
  /** undefined while the stored session is being resumed. */
  user: User | null | undefined;
  signIn: (email: string, password: string) => Promise<SignInResult>;
  signOut: () => Promise<void>;
  setUser: (user: User) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(() => (hasStoredSession() ? undefined : null));

  useEffect(() => {
    if (!hasStoredSession()) return;
    refreshSession().then(setUser, () => setUser(null));
  }, []);

  const signIn = useCallback(async (email: string, password: string): Promise<SignInResult> => {
    const { data, response } = await api.POST('/api/v1/auth/login', { body: { email, password } });
    if (data) {
      keepTokens(data);
      setUser(data.user);
      return 'ok';
    }
    return response.status === 401 || response.status === 400
      ? 'wrong'
      : response.status === 429
        ? 'throttled'
        : 'failed';
  }, []);

  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    forgetTokens();
    setUser(null);
  }, []);

  return (
    <SessionContext.Provider value={{ user, signIn, signOut, setUser }}>{children}</SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user (pages behind sign-in only). */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
