import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { PeriodFilter } from './period-filter';

const TODAY = '2026-11-29';

function renderFilter(period = { from: '2026-01-01', to: TODAY }) {
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <PeriodFilter period={period} today={TODAY} onChange={onChange} />
    </I18nextProvider>,
  );
  return onChange;
}

beforeEach(async () => {
  await i18n.changeLanguage('vi');
});

afterEach(cleanup);

describe('PeriodFilter', () => {
  it('names each preset by its years and applies it at once', () => {
    const onChange = renderFilter();
    const select = screen.getByLabelText('Kỳ báo cáo') as HTMLSelectElement;
    expect(select.value).toBe('thisYear');
    expect([...select.options].map((option) => option.text)).toEqual([
      'Năm nay (2026)', 'Năm trước (2025)', '12 tháng gần nhất (từ 12/2025)', '5 năm gần nhất (2022–2026)',
      '10 năm gần nhất (2017–2026)', 'Tự chọn ngày',
    ]);
    fireEvent.change(select, { target: { value: 'last10Years' } });
    expect(onChange).toHaveBeenCalledWith({ from: '2017-01-01', to: TODAY });
  });

  it('applies chosen dates only with the button, and not when the server would refuse them', () => {
    const onChange = renderFilter({ from: '2020-03-01', to: '2020-06-30' });
    expect((screen.getByLabelText('Kỳ báo cáo') as HTMLSelectElement).value).toBe('custom');
    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2020-07-01' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Xem kỳ này' }));
    expect(screen.getByRole('alert').textContent).toBe('Ngày cuối phải từ ngày đầu trở đi.');
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Từ ngày'), { target: { value: '2020-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xem kỳ này' }));
    expect(onChange).toHaveBeenCalledWith({ from: '2020-01-15', to: '2020-06-30' });
  });
});
