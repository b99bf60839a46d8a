import Keycloak from 'keycloak-js';
import { createContext, useContext, type ReactNode } from 'react';
import type { Env } from '../config/env';
import { setAccessTokenProvider } from './api/client';

export interface AuthSession {
  username: string;
  /** Realm roles of the access token. */
  roles: string[];
  logout: () => void;
}

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth must be used inside <AuthProvider>');
  return session;
}

// Keycloak accepts exactly one redirect URI (the site root), so a deep link is kept here across the login.
const RETURN_TO_KEY = 'lgtq.returnTo';
const MIN_TOKEN_VALIDITY_SECONDS = 30;

function rememberDeepLink() {
  const path = window.location.pathname + window.location.search;
  if (window.location.pathname !== '/') sessionStorage.setItem(RETURN_TO_KEY, path);
}

function restoreDeepLink() {
  const path = sessionStorage.getItem(RETURN_TO_KEY);
  sessionStorage.removeItem(RETURN_TO_KEY);
  if (path && path.startsWith('/') && !path.startsWith('//') && window.location.pathname === '/') {
    window.history.replaceState(null, '', path);
  }
}

/**
 * Logs in through Keycloak (authorization code + PKCE) and resolves once the user is signed in.
 * The login page opens in the given language.
 */
export async function startAuth(env: Env, locale: string): Promise<AuthSession> {
  const redirectUri = `${window.location.origin}/`;
  const keycloak = new Keycloak({
    url: env.keycloakUrl,
    realm: env.keycloakRealm,
    clientId: env.keycloakClientId,
  });

  rememberDeepLink();
  const authenticated = await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri,
    locale,
  });
  if (!authenticated) {
    await keycloak.login({ redirectUri, locale });
    return new Promise<never>(() => {}); // the browser is leaving for the login page
  }
  restoreDeepLink();

  setAccessTokenProvider(async () => {
    try {
      await keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
    } catch {
      // The Keycloak session is over: log in again.
      rememberDeepLink();
      await keycloak.login({ redirectUri, locale: document.documentElement.lang || locale });
    }
    return keycloak.token;
  });

  const token = keycloak.tokenParsed as
    | { preferred_username?: string; realm_access?: { roles?: string[] } }
    | undefined;
  return {
    username: token?.preferred_username ?? '',
    roles: token?.realm_access?.roles ?? [],
    logout: () => void keycloak.logout({ redirectUri }),
  };
}
