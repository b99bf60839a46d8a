import { useSyncExternalStore } from 'react';
import type { ParseKeys, TFunction } from 'i18next';
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

const STATUS_TITLES: Record<number, ParseKeys> = {
  0: 'error.network',
  400: 'error.badRequest',
  401: 'error.unauthorized',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.conflict',
  429: 'error.tooManyRequests',
};

/** A Vietnamese (or English) title chosen by status, plus the server's detail and field errors. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  const status = error instanceof ApiError ? error.status : -1;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const key = STATUS_TITLES[status] ?? (status >= 500 ? 'error.server' : 'error.unknown');
  return {
    title: t(key),
    detail: problem?.detail || undefined,
    fields: problem?.errors ?? [],
    status,
  };
}

const PROBLEM_TYPE_PREFIX = 'urn:lgtq:problem:';

/** The kind of a problem+json failure: "validation", "stale-version", "duplicate-household-code", … */
export function problemKind(error: unknown): string | undefined {
  const type = error instanceof ApiError ? error.problem?.type : undefined;
  return type?.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : undefined;
}

/** Someone else saved the record since it was loaded: reload it, then edit again. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && problemKind(error) === 'stale-version';
}

/** "people.0.fullName" (unreadable JSON) and "people[0].fullName" (validation) both become "people[0].fullName". */
export function normaliseFieldPath(field: string): string {
  return field.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

export interface FormProblem {
  title: string;
  detail?: string;
  /** The first message for each field, keyed by its path as the form names it ("people[0].fullName"). */
  fields: Record<string, string>;
  /** Field errors that the form has no place for; shown with the detail. */
  unplaced: { field?: string; message?: string }[];
  stale: boolean;
}

/**
 * A failed form submission, split for display: messages next to the fields the form shows, the rest on top.
 * conflictFields puts a 409 of a given kind next to a field (e.g. duplicate-household-code → code).
 */
export function formProblem(
  error: unknown,
  t: TFunction,
  isFormField: (field: string) => boolean,
  conflictFields: Record<string, string> = {},
): FormProblem {
  const { title, detail, fields: list } = describeError(error, t);
  const fields: Record<string, string> = {};
  const unplaced: FormProblem['unplaced'] = [];
  for (const item of list) {
    const field = item.field ? normaliseFieldPath(item.field) : undefined;
    if (field && item.message && isFormField(field)) fields[field] ??= item.message;
    else unplaced.push(item);
  }
  const kind = problemKind(error);
  const conflictField = kind ? conflictFields[kind] : undefined;
  if (conflictField && detail) fields[conflictField] ??= detail;
  const stale = isStaleVersion(error);
  return { title: stale ? t('error.stale') : title, detail, fields, unplaced, stale };
}

/** Retry only what may succeed a second time: network failures and server errors. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}
