import { useSyncExternalStore } from 'react';
import type { TFunction } from 'i18next';
import { ApiError } from './api/client';

/**
 * The last failure worth telling the user about, shown by <ErrorBanner> (one place for all errors).
 * Query and mutation failures are reported here by the query client.
 */
let current: unknown = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function reportError(error: unknown) {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  current = error;
  emit();
}

export function dismissError() {
  current = null;
  emit();
}

export function useReportedError(): unknown {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export interface ErrorDescription {
  title: string;
  detail?: string;
  fields: { field?: string; message?: string }[];
  status: number;
}

/** A Vietnamese (or English) title chosen by status, plus the server's detail and field errors. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  const status = error instanceof ApiError ? error.status : -1;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const title =
    status === 0
      ? t('error.network')
      : status === 400
        ? t('error.badRequest')
        : status === 401
          ? t('error.unauthorized')
          : status === 403
            ? t('error.forbidden')
            : status === 404
              ? t('error.notFound')
              : status === 409
                ? t('error.conflict')
                : status >= 500
                  ? t('error.server')
                  : t('error.unknown');
  return {
    title,
    detail: problem?.detail || undefined,
    fields: problem?.errors ?? [],
    status,
  };
}

/** Retry only what may succeed a second time: network failures and server errors. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}
