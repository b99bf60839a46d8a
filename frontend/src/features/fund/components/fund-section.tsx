import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureCard } from '../../../components/figure-card';
import { QueryStatus } from '../../../components/query-status';
import { formatDate } from '../../../lib/dates';
import { formatMoney } from '../../../lib/numbers';
import { useGroupFund, type FundEntry } from '../api/group-fund';
import { FundEntryForm } from './fund-entry-form';
import { signedAmount } from './fund-entry-model';

interface GroupRef {
  id: number;
  foundedOn?: string | null;
}

/** On a group's page: the fund's balance and totals, its entries newest first, and recording an entry. */
export function GroupFundSection({ group, canWrite }: { group: GroupRef; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const fund = useGroupFund(group.id);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<FundEntry>();
  const titleId = `group-fund-${group.id}`;
  const first = fund.data?.pages[0];
  const entries = fund.data?.pages.flatMap((page) => page.entries?.items ?? []) ?? [];
  const money = (value: number | undefined) => (first ? formatMoney(value, i18n.language) : '…');
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('fund.title')}</h2>
      <QueryStatus isPending={fund.isPending} isError={fund.isError} onRetry={() => void fund.refetch()} />
      {fund.isSuccess && (
        <dl className="figure-cards figure-cards-money" aria-label={t('fund.figures')}>
          <FigureCard label={t('fund.balance')}>{money(first?.balance)}</FigureCard>
          <FigureCard label={t('fund.contributions')}>{money(first?.contributions)}</FigureCard>
          <FigureCard label={t('fund.support')}>{money(first?.support)}</FigureCard>
          <FigureCard label={t('fund.expenses')}>{money(first?.expenses)}</FigureCard>
        </dl>
      )}
      {saved && !open && (
        <p className="banner banner-success" role="status">
          {t('fund.saved', { description: saved.description, amount: formatMoney(saved.amount, i18n.language) })}
        </p>
      )}
      {canWrite &&
        (open ? (
          <div className="subsection">
            <h3>{t('fund.formTitle')}</h3>
            {saved && (
              <p className="banner banner-success" role="status">
                {t('fund.saved', { description: saved.description, amount: formatMoney(saved.amount, i18n.language) })}
              </p>
            )}
            <FundEntryForm groupId={group.id} foundedOn={group.foundedOn} balance={first?.balance} onSaved={setSaved} onSend={() => setSaved(undefined)} onClose={() => setOpen(false)} />
          </div>
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(undefined);
                setOpen(true);
              }}
            >
              {t('fund.add')}
            </button>
          </div>
        ))}
      {fund.isSuccess && (
        <>
          <h3>{t('fund.entries')}</h3>
          {entries.length === 0 ? (
            <p className="status">{t('fund.none')}</p>
          ) : (
            <ul className="item-list" aria-label={t('fund.entries')}>
              {entries.map((entry) => {
                const amount = signedAmount(entry);
                return (
                  <li key={entry.id} className="item row-item">
                    <span className="row-main">
                      <span className="item-title">{entry.description}</span>
                      <span className="item-meta">
                        {formatDate(entry.entryOn!, i18n.language)} · {t(`fundKind.${entry.kind!}`)}
                        {entry.source && ` · ${entry.source}`}
                      </span>
                      {entry.recordedBy && <span className="item-meta">{t('fund.recordedBy', { user: entry.recordedBy })}</span>}
                    </span>
                    <span className={`amount ${entry.kind === 'EXPENSE' ? 'amount-out' : 'amount-in'}`}>
                      {amount > 0 ? '+' : ''}
                      {formatMoney(amount, i18n.language)}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          {fund.hasNextPage && (
            <button type="button" className="button button-quiet button-wide" disabled={fund.isFetchingNextPage} onClick={() => void fund.fetchNextPage()}>
              {fund.isFetchingNextPage ? t('unit.loading') : t('unit.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
