// Where to log in. The gateway knows which Keycloak realm it trusts (OIDC_PUBLIC_URL, else OIDC_AUTH_SERVER_URL) and
// publishes it as the OAuth2 security scheme of its merged OpenAPI document; the UI reads it there, so one setting
// of the gateway configures both. config.json, served next to this file, names the client and the local default
// realm for when the document cannot be read.

const DISCOVERY_TIMEOUT_MS = 5000;
const CACHE_KEY = 'sanctions-ui.config';

/** {realmUrl, clientId, source} */
export async function loadConfig() {
  const cached = sessionStorage.getItem(CACHE_KEY);
  if (cached) {
    return JSON.parse(cached);
  }
  const file = await fetchJson('config.json');
  const discovered = file.discovery ? await realmFromOpenApi(file.discovery) : null;
  const config = {
    clientId: file.clientId,
    realmUrl: (discovered ?? file.realmUrl).replace(/\/+$/, ''),
    source: discovered ? file.discovery : 'config.json',
  };
  sessionStorage.setItem(CACHE_KEY, JSON.stringify(config));
  return config;
}

/** Forgets the discovered configuration (after a failed login, the gateway may have been reconfigured). */
export function forgetConfig() {
  sessionStorage.removeItem(CACHE_KEY);
}

async function realmFromOpenApi(path) {
  try {
    const doc = await fetchJson(path, DISCOVERY_TIMEOUT_MS);
    const schemes = Object.values(doc?.components?.securitySchemes ?? {});
    for (const scheme of schemes) {
      const url = scheme?.flows?.authorizationCode?.authorizationUrl;
      if (typeof url === 'string' && url.endsWith('/protocol/openid-connect/auth')) {
        return url.slice(0, -'/protocol/openid-connect/auth'.length);
      }
    }
  } catch {
    // the document is optional: config.json has the default
  }
  return null;
}

async function fetchJson(path, timeoutMs = 10000) {
  const response = await fetch(path, {headers: {Accept: 'application/json'}, signal: AbortSignal.timeout(timeoutMs)});
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}
