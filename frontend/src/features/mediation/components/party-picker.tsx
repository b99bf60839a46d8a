import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { usePartyOptions } from '../api/get-party-options';

/** A party as the form holds it: a household of the hamlet, or someone from outside it. */
export type PartyChoice =
  | { kind: 'household'; householdId: number; label: string }
  | { kind: 'outsider'; name: string; address: string };

export const partyLabel = (party: PartyChoice) => (party.kind === 'household' ? party.label : party.name);

interface PartyPickerProps {
  hamletId: number;
  parties: PartyChoice[];
  onChange: (parties: PartyChoice[]) => void;
  error?: string;
}

/** Chosen parties with a remove button each; a household search and an outsider's name to add more. */
export function PartyPicker({ hamletId, parties, onChange, error }: PartyPickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [outsider, setOutsider] = useState({ name: '', address: '' });
  const options = usePartyOptions(hamletId, text);
  const chosen = new Set(parties.flatMap((party) => (party.kind === 'household' ? [party.householdId] : [])));
  const households = (options.data?.items ?? []).filter((household) => !chosen.has(household.id!));
  return (
    <fieldset className="choices party-picker">
      <legend>{t('mediation.parties')}</legend>
      <p className="field-hint">{t('mediation.partiesHint')}</p>
      {parties.length === 0 ? (
        <p className="status">{t('mediation.noParties')}</p>
      ) : (
        <ul className="item-list" aria-label={t('mediation.parties')}>
          {parties.map((party, index) => (
            <li key={index} className="item photo-item">
              <span>
                {partyLabel(party)}
                {party.kind === 'outsider' && <span className="muted"> ({t('mediation.outsider')})</span>}
              </span>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onChange(parties.filter((_, other) => other !== index))}
              >
                {t('mediation.removeParty', { name: partyLabel(party) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
      <Field label={t('mediation.partySearch')} hint={t('mediation.partySearchHint')}>
        {(control) => (
          <input {...control} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        )}
      </Field>
      <div className="actions">
        {households.slice(0, 6).map((household) => (
          <button
            key={household.id}
            type="button"
            className="button button-quiet"
            onClick={() =>
              onChange([
                ...parties,
                { kind: 'household', householdId: household.id!, label: `${household.code} — ${household.headName}` },
              ])
            }
          >
            {t('mediation.addHousehold', { code: household.code, head: household.headName })}
          </button>
        ))}
      </div>
      <Field label={t('mediation.outsiderName')}>
        {(control) => (
          <input
            {...control}
            value={outsider.name}
            maxLength={200}
            autoComplete="off"
            onChange={(event) => setOutsider({ ...outsider, name: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('mediation.outsiderAddress')}>
        {(control) => (
          <input
            {...control}
            value={outsider.address}
            maxLength={300}
            autoComplete="off"
            onChange={(event) => setOutsider({ ...outsider, address: event.target.value })}
          />
        )}
      </Field>
      <div className="actions">
        <button
          type="button"
          className="button button-quiet"
          disabled={!outsider.name.trim()}
          onClick={() => {
            onChange([...parties, { kind: 'outsider', name: outsider.name.trim(), address: outsider.address.trim() }]);
            setOutsider({ name: '', address: '' });
          }}
        >
          {t('mediation.addOutsider')}
        </button>
      </div>
    </fieldset>
  );
}
