import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env';

const complete = {
  VITE_KEYCLOAK_URL: 'http://localhost:8180/',
  VITE_KEYCLOAK_REALM: 'lgtq',
  VITE_KEYCLOAK_CLIENT_ID: 'lgtq-web',
};

describe('readEnv', () => {
  it('reads the Keycloak settings', () => {
    expect(readEnv(complete)).toEqual({
      keycloakUrl: 'http://localhost:8180',
      keycloakRealm: 'lgtq',
      keycloakClientId: 'lgtq-web',
    });
  });

  it('fails loudly, naming every missing value', () => {
    const read = () => readEnv({ ...complete, VITE_KEYCLOAK_REALM: '', VITE_KEYCLOAK_CLIENT_ID: undefined });
    expect(read).toThrow(EnvError);
    expect(read).toThrow(/VITE_KEYCLOAK_REALM is missing; VITE_KEYCLOAK_CLIENT_ID is missing/);
  });

  it('rejects a Keycloak URL that is not http(s)', () => {
    expect(() => readEnv({ ...complete, VITE_KEYCLOAK_URL: 'localhost:8180' })).toThrow(/not an http\(s\) URL/);
  });

  it('is satisfied by the committed .env defaults', () => {
    expect(readEnv(import.meta.env).keycloakRealm).toBe('lgtq');
  });
});
