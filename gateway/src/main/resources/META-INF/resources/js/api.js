// Calls the gateway's API with the user's bearer token and turns RFC 9457 problem documents into ApiError, so every
// view can show the service's own explanation (detail, per-field violations) instead of a bare status code.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }

  get violations() {
    return Array.isArray(this.problem.violations) ? this.problem.violations : [];
  }
}

export class Api {
  /** @param auth an Auth; @param onSessionEnded called when no token can be had any more */
  constructor(auth, onSessionEnded) {
    this.auth = auth;
    this.onSessionEnded = onSessionEnded;
  }

  /**
   * One request. Options: method, json (body as JSON), body (raw: a File or text), contentType, accept,
   * version (sent as If-Match), reason (X-Change-Reason, percent-encoded), query (object of parameters), as
   * ('json' | 'text' | 'blob'). Resolves to {status, data, etag, headers}.
   */
  async request(path, options = {}) {
    const response = await this.send(path, options, true);
    const etag = response.headers.get('ETag');
    return {
      status: response.status,
      headers: response.headers,
      etag,
      version: versionOf(etag),
      data: await read(response, options.as ?? 'json'),
    };
  }

  get(path, query, options = {}) {
    return this.request(path, {...options, query}).then((r) => r.data);
  }

  async send(path, options, retryOn401) {
    const token = await this.auth.accessToken();
    if (!token) {
      this.onSessionEnded();
      throw new ApiError(401, {title: 'Not logged in', detail: 'Your session has ended; please log in again.'});
    }
    const headers = {Authorization: `Bearer ${token}`, Accept: options.accept ?? 'application/json'};
    let body = options.body;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.contentType) {
      headers['Content-Type'] = options.contentType;
    }
    if (options.version !== undefined && options.version !== null) {
      headers['If-Match'] = `"${options.version}"`;
    }
    if (options.reason !== undefined) {
      headers['X-Change-Reason'] = encodeURIComponent(options.reason);
    }
    const response = await fetch(withQuery(path, options.query), {method: options.method ?? 'GET', headers, body});
    if (response.status === 401 && retryOn401) {
      await this.auth.renew();
      return this.send(path, options, false);
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response));
    }
    return response;
  }
}

/** The version an ETag names: "3" or W/"3" gives 3. */
export function versionOf(etag) {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag ?? '');
  return match ? Number(match[1]) : null;
}

/** Items of a list answer, whatever the envelope ({items}, {events}, {results} or a bare array). */
export function itemsOf(data) {
  if (Array.isArray(data)) {
    return data;
  }
  for (const key of ['items', 'events', 'results', 'parties', 'programs', 'entries', 'history']) {
    if (Array.isArray(data?.[key])) {
      return data[key];
    }
  }
  return [];
}

function withQuery(path, query) {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of [value].flat()) {
      if (v !== undefined && v !== null && v !== '') {
        params.append(key, v);
      }
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function read(response, as) {
  if (response.status === 204) {
    return null;
  }
  if (as === 'blob') {
    return response.blob();
  }
  if (as === 'text') {
    return response.text();
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

async function problemOf(response) {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text);
    if (body && typeof body === 'object') {
      return body;
    }
  } catch {
    // not JSON: a proxy's error page, say
  }
  return {title: response.statusText || `HTTP ${response.status}`, status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}.`.trim()};
}
