import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { FormProblemMessage } from '../../../components/form-problem';
import { today } from '../../../lib/dates';
import { formProblem } from '../../../lib/errors';
import { useCreateMediationCase, type MediationCaseCreate } from '../api/create-mediation-case';
import type { MediationCaseDetail } from '../api/get-mediation-case';
import {
  DISPUTE_TYPES,
  INTAKES,
  MEDIATOR_ROLES,
  type DisputeType,
  type MediationIntake,
  type MediatorRole,
} from '../api/get-mediation-cases';
import { PartyPicker, type PartyChoice } from './party-picker';

interface MediatorRow {
  role: MediatorRole;
  name: string;
}

interface MediationCaseFormProps {
  groupId: number;
  hamletId: number;
  /** The person opening the case, proposed as the first mediator. */
  firstMediator: MediatorRow;
  onCreated: (detail: MediationCaseDetail) => void;
}

const isFormField = (field: string) =>
  ['receivedOn', 'intake', 'disputeType', 'description', 'parties'].includes(field) ||
  field.startsWith('parties') ||
  field.startsWith('mediators');

export function toMediationCaseCreate(
  groupId: number,
  values: { receivedOn: string; intake: MediationIntake; disputeType?: DisputeType; description: string },
  parties: PartyChoice[],
  mediators: MediatorRow[],
): MediationCaseCreate {
  return {
    groupId,
    receivedOn: values.receivedOn,
    intake: values.intake,
    disputeType: values.disputeType!,
    description: values.description.trim(),
    parties: parties.map((party) =>
      party.kind === 'household'
        ? { householdId: party.householdId }
        : { outsiderName: party.name, outsiderAddress: party.address || undefined },
    ),
    mediators: mediators
      .filter((mediator) => mediator.name.trim())
      .map((mediator) => ({ role: mediator.role, name: mediator.name.trim() })),
  };
}

/** Opening a case from a phone: what, between whom, and who mediates. */
export function MediationCaseForm({ groupId, hamletId, firstMediator, onCreated }: MediationCaseFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<{
    receivedOn: string;
    intake: MediationIntake;
    disputeType?: DisputeType;
    description: string;
  }>({ receivedOn: today(), intake: 'PARTY_REQUEST', description: '' });
  const [parties, setParties] = useState<PartyChoice[]>([]);
  const [mediators, setMediators] = useState<MediatorRow[]>([firstMediator]);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const create = useCreateMediationCase();
  const problem = create.isError ? formProblem(create.error, t, isFormField) : undefined;
  const error = (field: string) => missing[field] ?? problem?.fields[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!values.disputeType) found.disputeType = t('tip.required');
    if (!values.description.trim()) found.description = t('tip.required');
    if (!values.receivedOn) found.receivedOn = t('tip.required');
    if (parties.length < 2) found.parties = t('mediation.partiesHint');
    if (!mediators.some((mediator) => mediator.name.trim())) found.mediators = t('tip.required');
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(toMediationCaseCreate(groupId, values, parties, mediators), { onSuccess: onCreated });
  };

  return (
    <form className="form form-large" onSubmit={submit} noValidate>
      <FormProblemMessage problem={problem} />
      <Field label={t('mediation.receivedOn')} required error={error('receivedOn')}>
        {(control) => (
          <input
            {...control}
            type="date"
            max={today()}
            value={values.receivedOn}
            onChange={(event) => setValues({ ...values, receivedOn: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('mediation.intake')} required error={error('intake')}>
        {(control) => (
          <select
            {...control}
            value={values.intake}
            onChange={(event) => setValues({ ...values, intake: event.target.value as MediationIntake })}
          >
            {INTAKES.map((intake) => (
              <option key={intake} value={intake}>
                {t(`mediationIntake.${intake}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('mediation.disputeType')} required error={error('disputeType')}>
        {(control) => (
          <select
            {...control}
            value={values.disputeType ?? ''}
            onChange={(event) => setValues({ ...values, disputeType: (event.target.value || undefined) as DisputeType | undefined })}
          >
            <option value="">{t('common.choose')}</option>
            {DISPUTE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`disputeType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('mediation.description')} required error={error('description')}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={2000}
            value={values.description}
            onChange={(event) => setValues({ ...values, description: event.target.value })}
          />
        )}
      </Field>
      <PartyPicker hamletId={hamletId} parties={parties} onChange={setParties} error={error('parties')} />
      <fieldset className="choices">
        <legend>{t('mediation.mediators')}</legend>
        {mediators.map((mediator, index) => (
          <div key={index} className="mediator-row">
            <Field label={t('mediation.mediatorName', { number: index + 1 })} error={index === 0 ? error('mediators') : undefined}>
              {(control) => (
                <input
                  {...control}
                  value={mediator.name}
                  maxLength={200}
                  onChange={(event) =>
                    setMediators(mediators.map((row, other) => (other === index ? { ...row, name: event.target.value } : row)))
                  }
                />
              )}
            </Field>
            <Field label={t('mediation.mediatorRole')}>
              {(control) => (
                <select
                  {...control}
                  value={mediator.role}
                  onChange={(event) =>
                    setMediators(
                      mediators.map((row, other) => (other === index ? { ...row, role: event.target.value as MediatorRole } : row)),
                    )
                  }
                >
                  {MEDIATOR_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(`mediatorRole.${role}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {mediators.length > 1 && (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setMediators(mediators.filter((_, other) => other !== index))}
              >
                {t('mediation.removeMediator', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
        <div className="actions">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setMediators([...mediators, { role: 'MEDIATION_TEAM_MEMBER', name: '' }])}
          >
            {t('mediation.addMediator')}
          </button>
        </div>
      </fieldset>
      <button type="submit" className="button button-wide" disabled={create.isPending}>
        {create.isPending ? t('common.saving') : t('mediation.create')}
      </button>
    </form>
  );
}
