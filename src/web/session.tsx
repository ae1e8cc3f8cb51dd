import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CurrentUser, SignIn } from '../shared/contracts/accounts.ts';
import { api } from './api/client.ts';

interface Session {
  user: CurrentUser | null;
  ready: boolean;
  signIn(input: SignIn): Promise<void>;
  /** Takes the user a passkey or a new account signed in. */
  adopt(user: CurrentUser): void;
  signOut(): Promise<void>;
}

const Context = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [early] = useState(() => api.session.early());
  const [user, setUser] = useState<CurrentUser | null>(early ?? null);
  const [ready, setReady] = useState(early !== undefined);
  useEffect(() => {
    if (early !== undefined) return;
    api.session
      .current()
      .then(setUser)
      .catch(() => setUser(null))
      .finally(() => setReady(true));
  }, []);
  const signIn = useCallback(async (input: SignIn) => setUser(await api.session.signIn(input)), []);
  const signOut = useCallback(async () => {
    await api.session.signOut();
    setUser(null);
  }, []);
  return <Context.Provider value={{ user, ready, signIn, adopt: setUser, signOut }}>{children}</Context.Provider>;
}

export function useSession(): Session {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
