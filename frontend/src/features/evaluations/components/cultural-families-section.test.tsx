import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismissError } from '../../../lib/errors';
import { i18n } from '../../../lib/i18n';
import { fakeApi, json, renderRoutes } from '../../../testing/render';
import { CulturalFamiliesSection } from './cultural-families-section';

const year = new Date().getFullYear();
const HOUSEHOLDS = 120;
let stored: Map<number, boolean>;
const puts: { year: number; ratings: { householdId: number; cultural: boolean }[] }[] = [];

const api = fakeApi(async (request, url) => {
  if (url.pathname === '/api/v1/units/20/cultural-families' && request.method === 'GET') {
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('size'));
    const ids = Array.from({ length: HOUSEHOLDS }, (_, index) => index + 1).slice(page * size, (page + 1) * size);
    const values = [...stored.values()];
    return json({
      hamletId: 20,
      year: Number(url.searchParams.get('year')),
      items: ids.map((id) => ({ householdId: id, code: `TK20-${String(id).padStart(3, '0')}`, headName: `Chủ hộ ${id}`, cultural: stored.get(id) })),
      total: HOUSEHOLDS,
      page,
      size,
      rated: values.length,
      cultural: values.filter(Boolean).length,
    });
  }
  const put = url.pathname.match(/^\/api\/v1\/units\/20\/cultural-families\/(\d+)$/);
  if (put && request.method === 'PUT') {
    const body = await request.json();
    puts.push({ year: Number(put[1]), ratings: body.ratings });
    for (const rating of body.ratings) stored.set(rating.householdId, rating.cultural);
    return json({ hamletId: 20, year: Number(put[1]), saved: body.ratings.length });
  }
  return undefined;
});

beforeEach(async () => {
  await i18n.changeLanguage('vi');
  vi.stubGlobal('fetch', api);
  puts.length = 0;
  stored = new Map([
    [1, true],
    [2, false],
  ]);
});

afterEach(() => {
  cleanup();
  dismissError();
  vi.unstubAllGlobals();
});

// Role queries over a hundred checkboxes are slow in jsdom: find them by their text.
const boxes = () => [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const box = (code: string) => screen.getByText(new RegExp(`^${code} ·`)).closest('label')!.querySelector('input')!;
const figure = (label: string) => screen.getAllByText(label).find((node) => node.tagName === 'DT')!.nextElementSibling!.textContent?.replace(/\s/g, ' ');

describe('CulturalFamiliesSection', () => {
  it('ticks every household of the hamlet, loading the rest, saves the changes once and shows the new rate', { timeout: 20_000 }, async () => {
    renderRoutes('/units/20', { '/units/:id': <CulturalFamiliesSection hamletId={20} canWrite /> }, ['hamlet-leader']);
    await screen.findByText(/^TK20-001 ·/);
    expect(figure('Đã đánh giá')).toBe('2');
    expect(figure('Tỷ lệ đạt')).toBe('50%');
    expect(boxes()).toHaveLength(100);
    expect(box('TK20-001').checked).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả' }));
    await waitFor(() => expect(boxes()).toHaveLength(HOUSEHOLDS));
    await waitFor(() => expect(boxes().every((input) => input.checked)).toBe(true));
    expect(screen.getByRole('combobox', { name: 'Năm đánh giá' })).toHaveProperty('disabled', true);
    fireEvent.click(box('TK20-120'));
    fireEvent.click(screen.getByRole('button', { name: `Lưu đánh giá (${HOUSEHOLDS - 1} hộ)` }));

    await screen.findByText(`Đã lưu đánh giá của ${HOUSEHOLDS - 1} hộ.`);
    expect(puts).toHaveLength(1);
    expect(puts[0].year).toBe(year);
    expect(puts[0].ratings).toHaveLength(HOUSEHOLDS - 1);
    expect(puts[0].ratings.find((rating) => rating.householdId === 1)).toBeUndefined();
    expect(puts[0].ratings.find((rating) => rating.householdId === 120)).toEqual({ householdId: 120, cultural: false });
    await waitFor(() => expect(figure('Đã đánh giá')).toBe(String(HOUSEHOLDS)));
    expect(figure('Đạt gia đình văn hóa')).toBe(String(HOUSEHOLDS - 1));
    expect(figure('Tỷ lệ đạt')).toBe('99,2%');
    expect(screen.getByRole('button', { name: 'Không có gì thay đổi' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('combobox', { name: 'Năm đánh giá' })).toHaveProperty('disabled', false);
  });

  it('shows a group leader its households read only', async () => {
    renderRoutes('/units/20', { '/units/:id': <CulturalFamiliesSection hamletId={20} canWrite={false} /> }, ['group-leader']);
    const list = await screen.findByRole('list', { name: `Hộ gia đình năm ${year}` });
    expect(within(list).getAllByRole('listitem')[0].textContent).toContain('Đạt');
    expect(within(list).getAllByRole('listitem')[1].textContent).toContain('Chưa đạt');
    expect(within(list).getAllByRole('listitem')[2].textContent).toContain('Chưa đánh giá');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Lưu/ })).toBeNull();
  });
});
