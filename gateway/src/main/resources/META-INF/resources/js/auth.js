// Login with Keycloak: OAuth 2.0 authorization code flow with PKCE (S256) for the public client sanctions-ui,
// written against WebCrypto. Tokens stay in this tab's sessionStorage (gone when the tab closes); the refresh token
// renews the access token shortly before it expires.

const SESSION_KEY = 'sanctions-ui.session';
const PENDING_KEY = 'sanctions-ui.pending';
const RENEW_BEFORE_SECONDS = 60;

export class LoginError extends Error {
}

export class Auth {
  constructor(config) {
    this.realmUrl = config.realmUrl;
    this.clientId = config.clientId;
    this.session = readJson(sessionStorage, SESSION_KEY);
    this.renewal = null;
  }

  get redirectUri() {
    return window.location.origin + window.location.pathname;
  }

  endpoint(name) {
    return `${this.realmUrl}/protocol/openid-connect/${name}`;
  }

  /** Sends the browser to Keycloak; the current hash (page) is restored after the round trip. */
  async login() {
    if (!window.crypto?.subtle) {
      throw new LoginError('Secure login needs a secure context: open the UI over HTTPS or on localhost.');
    }
    const verifier = randomString(48);
    const pending = {state: randomString(24), nonce: randomString(24), verifier, returnTo: window.location.hash};
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    const params = new URLSearchParams({
      client_id: this.clientId,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: 'openid',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await challengeOf(verifier),
      code_challenge_method: 'S256',
    });
    window.location.assign(`${this.endpoint('auth')}?${params}`);
  }

  /**
   * Finishes a login when Keycloak has just redirected back (?code=&state=, or ?error=); returns false when this page
   * load is not such a redirect.
   */
  async completeLogin() {
    const query = new URLSearchParams(window.location.search);
    if (!query.has('state') || !(query.has('code') || query.has('error'))) {
      return false;
    }
    const pending = readJson(sessionStorage, PENDING_KEY);
    sessionStorage.removeItem(PENDING_KEY);
    window.history.replaceState(null, '', window.location.pathname + (pending?.returnTo ?? ''));
    if (!pending || pending.state !== query.get('state')) {
      throw new LoginError('The login answer does not belong to a login started in this tab; please log in again.');
    }
    if (query.has('error')) {
      throw new LoginError(`Keycloak refused the login: ${query.get('error_description') || query.get('error')}`);
    }
    const tokens = await this.tokenRequest({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: this.redirectUri,
      code_verifier: pending.verifier,
    });
    if (claimsOf(tokens.id_token)?.nonce !== pending.nonce) {
      throw new LoginError('The ID token does not carry the nonce of this login; please log in again.');
    }
    this.store(tokens);
    return true;
  }

  get loggedIn() {
    return Boolean(this.session?.accessToken);
  }

  /** Claims of the current access token (display only: the gateway verifies the token on every call). */
  get claims() {
    return claimsOf(this.session?.accessToken) ?? {};
  }

  /** A valid access token, renewed first when it expires within a minute; null when the session is over. */
  async accessToken() {
    if (!this.session) {
      return null;
    }
    if (this.session.expiresAt - Date.now() < RENEW_BEFORE_SECONDS * 1000) {
      await this.renew();
    }
    return this.session?.accessToken ?? null;
  }

  /** Uses the refresh token; on failure the session ends (the caller then offers to log in again). */
  async renew() {
    if (!this.renewal) {
      this.renewal = this.refresh().finally(() => {
        this.renewal = null;
      });
    }
    return this.renewal;
  }

  async refresh() {
    if (!this.session?.refreshToken) {
      this.clear();
      return;
    }
    try {
      this.store(await this.tokenRequest({grant_type: 'refresh_token', refresh_token: this.session.refreshToken}));
    } catch {
      this.clear();
    }
  }

  /** Ends the Keycloak session too, then comes back to the UI's start page. */
  logout() {
    const idToken = this.session?.idToken;
    this.clear();
    const params = new URLSearchParams({client_id: this.clientId, post_logout_redirect_uri: this.redirectUri});
    if (idToken) {
      params.set('id_token_hint', idToken);
    }
    window.location.assign(`${this.endpoint('logout')}?${params}`);
  }

  clear() {
    this.session = null;
    sessionStorage.removeItem(SESSION_KEY);
  }

  async tokenRequest(form) {
    const response = await fetch(this.endpoint('token'), {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({client_id: this.clientId, ...form}),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new LoginError(`Keycloak did not issue a token: ${body.error_description || body.error || response.status}`);
    }
    return body;
  }

  store(tokens) {
    this.session = {
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token ?? this.session?.refreshToken,
      idToken: tokens.id_token ?? this.session?.idToken,
      expiresAt: Date.now() + (tokens.expires_in ?? 60) * 1000,
    };
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(this.session));
  }
}

function readJson(storage, key) {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function randomString(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function challengeOf(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

function base64Url(bytes) {
  let binary = '';
  bytes.forEach((b) => {
    binary += String.fromCharCode(b);
  });
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes a JWT's payload (UTF-8 aware); null for anything that is not a JWT. */
export function claimsOf(jwt) {
  const part = typeof jwt === 'string' ? jwt.split('.')[1] : null;
  if (!part) {
    return null;
  }
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
