import { ParticipantRoleValues } from '../../../shared/contracts/enum-values.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** A participant's roles as a select's options, in the reader's language: the one list the forms share. */
export function RoleOptions() {
  const { t } = useI18n();
  return ParticipantRoleValues.map((r) => (
    <option key={r} value={r}>
      {t(`role.${r}`)}
    </option>
  ));
}
