import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { DialogActions } from '../../../components/modal-dialog';
import { formatDate, today } from '../../../lib/dates';
import { formProblem, problemKind } from '../../../lib/errors';
import { formatMoney, parseMoney } from '../../../lib/numbers';
import { FUND_KINDS, useRecordFundEntry, type FundEntry, type FundKind } from '../api/group-fund';
import {
  checkFundEntry,
  emptyFundEntry,
  exceedsBalance,
  FUND_ENTRY_FIELDS,
  hasSource,
  toFundEntryInput,
  type FundEntryField,
  type FundEntryValues,
} from './fund-entry-model';

interface FundEntryFormProps {
  groupId: number;
  foundedOn?: string | null;
  /** The balance last loaded, to warn before an expense it cannot cover. */
  balance?: number;
  onSaved: (entry: FundEntry) => void;
  /** Called as the entry is sent, e.g. to take down the message about the previous one. */
  onSend: () => void;
  onClose: () => void;
}

/**
 * A contribution, an expense or support received, from a phone: kind, today's date, amount, what for. A refused
 * expense (the fund would go below zero) keeps everything typed.
 */
export function FundEntryForm({ groupId, foundedOn, balance, onSaved, onSend, onClose }: FundEntryFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<FundEntryValues>(() => emptyFundEntry(today()));
  const [checked, setChecked] = useState(false);
  const record = useRecordFundEntry(groupId);
  const limits = { today: today(), foundedOn };
  const local = checked ? checkFundEntry(values, limits) : {};
  const overdrawn = record.isError && problemKind(record.error) === 'fund-overdrawn';
  const problem = record.isError ? formProblem(record.error, t, (field) => FUND_ENTRY_FIELDS.includes(field)) : undefined;
  const message = (field: FundEntryField) => {
    const key = local[field];
    if (key) return t(`fund.${key}`, { date: foundedOn ? formatDate(foundedOn, i18n.language) : '' });
    return problem?.fields[field];
  };
  const set = (change: Partial<FundEntryValues>) => {
    if (record.isError) record.reset();
    setValues((before) => ({ ...before, ...change }));
  };
  const amount = parseMoney(values.amount);
  const overBalance = exceedsBalance(values, balance);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(checkFundEntry(values, limits)).length > 0) return;
    onSend();
    record.mutate(toFundEntryInput(values), {
      onSuccess: (entry) => {
        setChecked(false);
        setValues((before) => emptyFundEntry(before.entryOn, before.kind));
        onSaved(entry);
      },
    });
  };
  const amountError = message('amount') ?? (overdrawn || overBalance ? t('fund.overBalance', { balance: formatMoney(balance, i18n.language) }) : undefined);
  return (
    <form className="form form-large" onSubmit={submit} aria-label={t('fund.formTitle')} noValidate>
      <FormProblemMessage
        problem={overdrawn && problem ? { ...problem, title: t('fund.overdrawn'), detail: `${problem.detail ?? ''} ${t('fund.overdrawnHint')}`.trim() } : problem}
      />
      <fieldset className="choices">
        <legend>{t('fund.kind')}</legend>
        <div className="choice-row">
          {FUND_KINDS.map((kind) => (
            <label key={kind} className="check choice-pill">
              <input type="radio" name={`fund-kind-${groupId}`} value={kind} checked={values.kind === kind} onChange={() => set({ kind: kind as FundKind })} />
              {t(`fundKind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('fund.entryOn')} required error={message('entryOn')}>
        {(control) => (
          <input {...control} type="date" min={foundedOn ?? undefined} max={today()} value={values.entryOn} onChange={(event) => set({ entryOn: event.target.value })} />
        )}
      </Field>
      <Field
        label={t('fund.amount')}
        required
        error={amountError}
        hint={amount !== undefined && values.amount.trim() ? `= ${formatMoney(amount, i18n.language)}` : t('fund.amountHint')}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            value={values.amount}
            onChange={(event) => set({ amount: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('fund.description')} required error={message('description')}>
        {(control) => (
          <input
            {...control}
            maxLength={500}
            placeholder={t('fund.descriptionPlaceholder')}
            value={values.description}
            onChange={(event) => set({ description: event.target.value })}
          />
        )}
      </Field>
      {hasSource(values.kind) && (
        <Field label={t('fund.source')} error={message('source')}>
          {(control) => (
            <input
              {...control}
              maxLength={200}
              placeholder={t('fund.sourcePlaceholder')}
              value={values.source}
              onChange={(event) => set({ source: event.target.value })}
            />
          )}
        </Field>
      )}
      <DialogActions
        submit={record.isPending ? t('common.saving') : t('fund.save')}
        busy={record.isPending}
        cancel={t('common.cancel')}
        onCancel={onClose}
      />
    </form>
  );
}
