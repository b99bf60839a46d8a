import { describe, expect, it } from 'vitest';
import { emptyTipForm, MAX_PHOTO_BYTES, missingFields, photoProblems, toTipCreate, type TipFormValues } from './tip-form-model';

const filled = (values: Partial<TipFormValues> = {}): TipFormValues => ({
  ...emptyTipForm(7),
  category: 'DRUGS',
  occurredAt: '2026-11-20T21:15',
  description: '  Hai người lạ trao gói nhỏ ở đầu ngõ.  ',
  ...values,
});

describe('tip form', () => {
  it('sends the time as an instant, trims texts and rounds the position', () => {
    const body = toTipCreate(filled({ position: { latitude: 21.3256789123, longitude: 103.9187654321 } }));
    expect(body).toMatchObject({ hamletId: 7, category: 'DRUGS', source: 'SELF', description: 'Hai người lạ trao gói nhỏ ở đầu ngõ.' });
    expect(new Date(body.occurredAt!).getTime()).toBe(new Date('2026-11-20T21:15').getTime());
    expect(body.latitude).toBe(21.325679);
    expect(body.longitude).toBe(103.918765);
    expect(body.locationText).toBeUndefined();
  });

  it('leaves the time out when it is unknown', () => {
    expect(toTipCreate(filled({ occurredUnknown: true })).occurredAt).toBeUndefined();
  });

  it('sends the informant only with the informant source', () => {
    const named = toTipCreate(filled({ source: 'INFORMANT', informantName: ' Lò Thị A ', informantContact: '0912000111' }));
    expect(named).toMatchObject({ informantName: 'Lò Thị A', informantContact: '0912000111' });
    const anonymous = toTipCreate(filled({ source: 'ANONYMOUS', informantName: 'left over', informantContact: 'x' }));
    expect(anonymous.informantName).toBeUndefined();
    expect(anonymous.informantContact).toBeUndefined();
  });

  it('names the missing fields, a future time and a missing informant name', () => {
    expect(missingFields(emptyTipForm())).toEqual({
      hamletId: 'tip.required',
      category: 'tip.required',
      occurredAt: 'tip.required',
      description: 'tip.required',
    });
    const now = new Date('2026-11-29T10:00');
    expect(missingFields(filled({ occurredAt: '2026-11-29T11:00' }), now)).toEqual({ occurredAt: 'tip.occurredFuture' });
    expect(missingFields(filled({ source: 'INFORMANT' }), now)).toEqual({ informantName: 'tip.required' });
    expect(missingFields(filled(), now)).toEqual({});
  });

  it('refuses photos of another type, larger than 5 MB, or more than five', () => {
    const photo = (name: string, type = 'image/jpeg', size = 1000) => ({ name, type, size });
    expect(photoProblems([photo('a.jpg'), photo('b.png', 'image/png')])).toEqual([]);
    expect(photoProblems([photo('c.heic', 'image/heic'), photo('d.jpg', 'image/jpeg', MAX_PHOTO_BYTES + 1)])).toEqual([
      { key: 'tip.photoType', name: 'c.heic' },
      { key: 'tip.photoSize', name: 'd.jpg' },
    ]);
    expect(photoProblems(['1', '2', '3', '4', '5', '6'].map((n) => photo(`${n}.jpg`)))).toEqual([{ key: 'tip.photoTooMany' }]);
  });
});
