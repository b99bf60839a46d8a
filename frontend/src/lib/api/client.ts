import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Problem = components['schemas']['Problem'];

type TokenProvider = () => Promise<string | undefined>;
let accessToken: TokenProvider | undefined;

/** Called once by the auth module; every request then carries a fresh bearer token. */
export function setAccessTokenProvider(provider: TokenProvider | undefined) {
  accessToken = provider;
}

/** A fresh access token, for the few requests that cannot go through the API client (uploads with progress). */
export async function currentAccessToken(): Promise<string | undefined> {
  return accessToken?.();
}

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await currentAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

/** The one API client. Same origin: Vite (dev, preview) or nginx forwards /api to the backend. */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  // Looked up on each call, so tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(bearerToken);

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly problem?: Problem,
    options?: ErrorOptions,
  ) {
    super(problem?.title ?? (status ? `HTTP ${status}` : 'Network error'), options);
  }
}

export function asProblem(body: unknown): Problem | undefined {
  return body !== null && typeof body === 'object' ? (body as Problem) : undefined;
}

/** Turns an openapi-fetch result into its data, or throws an ApiError carrying the problem+json body. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, undefined, { cause });
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) throw new ApiError(response.status, asProblem(error));
  return data as T;
}
