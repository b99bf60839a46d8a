import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '../../../components/query-status';
import { MIN_QUERY_LENGTH, useSearchUnits } from '../api/search-units';
import { UnitList } from './unit-list';

const DEBOUNCE_MS = 300;

/** Accent-insensitive search across the user's scope (the server folds accents: "tieu khu" finds "Tiểu khu"). */
export function UnitSearch() {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const search = useSearchUnits(query);
  const active = query.length >= MIN_QUERY_LENGTH;
  const units = search.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const total = search.data?.pages[0]?.total ?? 0;
  const clear = () => {
    setText('');
    setQuery('');
  };

  return (
    <section className="card search" role="search" aria-label={t('search.label')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(text.trim());
        }}
      >
        <label htmlFor={inputId}>{t('search.label')}</label>
        <div className="search-row">
          <input
            id={inputId}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      {!active && <p className="hint">{t('search.hint')}</p>}
      {active && (
        <div className="search-results" role="region" aria-label={t('search.results')}>
          {search.isPending ? (
            <p className="status" role="status">
              {t('search.searching')}
            </p>
          ) : (
            <QueryStatus isPending={false} isError={search.isError} onRetry={() => void search.refetch()} />
          )}
          {search.isSuccess &&
            (units.length === 0 ? (
              <p className="status">{t('search.empty', { query })}</p>
            ) : (
              <>
                <p className="count">{t('unit.total', { count: total })}</p>
                <UnitList
                  units={units}
                  hasMore={search.hasNextPage}
                  loadingMore={search.isFetchingNextPage}
                  onMore={() => void search.fetchNextPage()}
                  onOpen={clear}
                />
              </>
            ))}
          <button type="button" className="button button-quiet" onClick={clear}>
            {t('search.clear')}
          </button>
        </div>
      )}
    </section>
  );
}
