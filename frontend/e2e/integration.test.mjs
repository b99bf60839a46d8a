// Another agency's system: the confidential client lgtq-integration gets a token from the real Keycloak
// with client credentials and reads the API within its unit, read-only.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { KEYCLOAK_URL } from './browser.mjs';

const API_URL = process.env.LGTQ_API_URL ?? 'http://localhost:8080/api/v1';
const SECRET_FILE = new URL('../../.run/integration-secret', import.meta.url);

async function integrationToken() {
  const secret = (process.env.LGTQ_INTEGRATION_SECRET ?? (await readFile(SECRET_FILE, 'utf8'))).trim();
  const response = await fetch(`${KEYCLOAK_URL}realms/lgtq/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'lgtq-integration', client_secret: secret }),
  });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()).access_token;
}

test('the integration client reads its unit with client credentials and cannot write', async () => {
  const headers = { Authorization: `Bearer ${await integrationToken()}` };

  const me = await (await fetch(`${API_URL}/me`, { headers })).json();
  assert.ok(me.roles.includes('integration'), me.roles.join());
  assert.ok(!me.roles.some((role) => role.endsWith('-officer')), me.roles.join());
  assert.equal(me.unit.code, '14');

  const communes = await fetch(`${API_URL}/communes?q=mai%20son`, { headers });
  assert.equal(communes.status, 200);
  assert.ok((await communes.json()).items.some((unit) => unit.name === 'Xã Mai Sơn'));

  const created = await fetch(`${API_URL}/hamlets`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: '04105-X1', name: 'Bản X', type: 'BAN', parentId: 1 }),
  });
  assert.equal(created.status, 403);
  assert.match(created.headers.get('content-type'), /application\/problem\+json/);

  const refused = await fetch(`${API_URL}/me`, { headers: { Authorization: 'Bearer not-a-token' } });
  assert.equal(refused.status, 401);
});

test('the browser client lgtq-web has no password grant', async () => {
  const response = await fetch(`${KEYCLOAK_URL}realms/lgtq/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'lgtq-web', username: 'province', password: 'demo' }),
  });
  assert.equal(response.status, 400);
  assert.equal((await response.json()).error, 'unauthorized_client');
});
