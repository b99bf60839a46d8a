/**
 * The one place that reads the build-time environment. Defaults live in frontend/.env;
 * a missing or malformed value stops the app at start with a clear message.
 */
export interface Env {
  keycloakUrl: string;
  keycloakRealm: string;
  keycloakClientId: string;
}

type Source = Record<string, string | boolean | undefined>;

export class EnvError extends Error {
  override name = 'EnvError';
}

export function readEnv(source: Source): Env {
  const problems: string[] = [];
  const required = (name: string): string => {
    const value = source[name];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${name} is missing`);
      return '';
    }
    return value.trim();
  };

  const keycloakUrl = required('VITE_KEYCLOAK_URL').replace(/\/+$/, '');
  const keycloakRealm = required('VITE_KEYCLOAK_REALM');
  const keycloakClientId = required('VITE_KEYCLOAK_CLIENT_ID');
  if (keycloakUrl && !/^https?:\/\/[^/\s]+/.test(keycloakUrl)) {
    problems.push(`VITE_KEYCLOAK_URL is not an http(s) URL: ${keycloakUrl}`);
  }
  if (problems.length > 0) {
    throw new EnvError(
      `Invalid configuration: ${problems.join('; ')}. Set it in frontend/.env (or .env.local) and rebuild.`,
    );
  }
  return { keycloakUrl, keycloakRealm, keycloakClientId };
}

export const env: Env = readEnv(import.meta.env);
