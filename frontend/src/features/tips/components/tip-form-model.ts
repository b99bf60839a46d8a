import { localDateTimeToIso } from '../../../lib/dates';
import type { TipCreate } from '../api/create-tip';
import type { TipCategory, TipSource } from '../api/get-tips';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
/** The server's limits (lgtq.tips.photo-max-bytes and photos-per-tip defaults). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 5;

export interface TipFormValues {
  hamletId?: number;
  category?: TipCategory;
  /** From an <input type="datetime-local">: "2026-11-29T08:30", in the phone's time zone. */
  occurredAt: string;
  occurredUnknown: boolean;
  locationText: string;
  position?: { latitude: number; longitude: number };
  description: string;
  source: TipSource;
  informantName: string;
  informantContact: string;
}

export const emptyTipForm = (hamletId?: number): TipFormValues => ({
  hamletId,
  occurredAt: '',
  occurredUnknown: false,
  locationText: '',
  description: '',
  source: 'SELF',
  informantName: '',
  informantContact: '',
});

/** Six decimals (about 10 cm) is all a phone's position is worth, and what the server stores. */
const coordinate = (value: number) => Math.round(value * 1e6) / 1e6;

/** The request for the form's values; the server checks them again and names the fields it refuses. */
export function toTipCreate(values: TipFormValues): TipCreate {
  const informant = values.source === 'INFORMANT';
  return {
    hamletId: values.hamletId!,
    category: values.category!,
    occurredAt: values.occurredUnknown ? undefined : localDateTimeToIso(values.occurredAt),
    locationText: values.locationText.trim() || undefined,
    latitude: values.position ? coordinate(values.position.latitude) : undefined,
    longitude: values.position ? coordinate(values.position.longitude) : undefined,
    description: values.description.trim(),
    source: values.source,
    informantName: informant ? values.informantName.trim() || undefined : undefined,
    informantContact: informant ? values.informantContact.trim() || undefined : undefined,
  };
}

export type TipField = 'hamletId' | 'category' | 'occurredAt' | 'description' | 'informantName';
export type FieldErrors = Partial<Record<TipField, 'tip.required' | 'tip.occurredFuture'>>;

/** What must be fixed before sending, as i18n keys per field (the server would refuse the same). */
export function missingFields(values: TipFormValues, now = new Date()): FieldErrors {
  const errors: FieldErrors = {};
  if (values.hamletId == null) errors.hamletId = 'tip.required';
  if (!values.category) errors.category = 'tip.required';
  if (!values.occurredUnknown && !values.occurredAt) errors.occurredAt = 'tip.required';
  else if (!values.occurredUnknown && new Date(values.occurredAt) > now) errors.occurredAt = 'tip.occurredFuture';
  if (!values.description.trim()) errors.description = 'tip.required';
  if (values.source === 'INFORMANT' && !values.informantName.trim()) errors.informantName = 'tip.required';
  return errors;
}

export type PhotoProblem = { key: 'tip.photoType' | 'tip.photoSize'; name: string } | { key: 'tip.photoTooMany' };

/** Why the chosen photos cannot be sent, before any byte leaves the phone. */
export function photoProblems(photos: readonly { name: string; type: string; size: number }[]): PhotoProblem[] {
  const problems: PhotoProblem[] = [];
  if (photos.length > MAX_PHOTOS) problems.push({ key: 'tip.photoTooMany' });
  for (const photo of photos) {
    if (!PHOTO_TYPES.includes(photo.type)) problems.push({ key: 'tip.photoType', name: photo.name });
    else if (photo.size > MAX_PHOTO_BYTES) problems.push({ key: 'tip.photoSize', name: photo.name });
  }
  return problems;
}
