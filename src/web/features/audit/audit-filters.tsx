import { useState } from 'react';
import type { AuditFilters } from '../../../shared/contracts/audit.ts';
import type { Dialogue } from '../../../shared/contracts/dialogues.ts';
import type { UserAccount } from '../../../shared/contracts/accounts.ts';
import type { MessageKey } from '../../../shared/i18n/messages-en.ts';
import { ContentOption } from '../../components/multi-text.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The kinds offered: an event type, or a prefix ending in a dot; each with its label. */
export const AUDIT_KINDS: [string, MessageKey][] = [
  ['session.', 'audit.kind.session'],
  ['session.failed', 'audit.kind.failed'],
  ['user.', 'audit.kind.user'],
  ['membership.', 'audit.kind.membership'],
  ['binding.', 'audit.kind.binding'],
  ['dialogue.', 'audit.kind.dialogue'],
  ['statement.', 'audit.kind.statement'],
  ['outcome.', 'audit.kind.outcome'],
  ['statement.cleared', 'audit.kind.cleared'],
  ['publication.', 'audit.kind.publication'],
  ['chat.', 'audit.kind.chat'],
];

/** `YYYY-MM-DDTHH:mm` in the viewer's zone (the browser's) ⇄ an instant. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : undefined);
const toLocal = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * The audit log's filters: who, which dialogue, which kind, from and to (in the viewer's zone, named
 * beside each). Nothing is applied until Show; the page then loads the first page of the filter.
 */
export function AuditFiltersForm({
  accounts,
  dialogues,
  value,
  onApply,
}: {
  accounts: UserAccount[];
  dialogues: Dialogue[];
  value: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t, zone } = useI18n();
  const [user, setUser] = useState(value.user ?? '');
  const [dialogue, setDialogue] = useState(value.dialogue ?? '');
  const [kind, setKind] = useState(value.kind ?? '');
  const [from, setFrom] = useState(toLocal(value.from));
  const [to, setTo] = useState(toLocal(value.to));

  return (
    <form
      role="search"
      aria-label={t('audit.filters')}
      className="users-filter"
      onSubmit={(e) => {
        e.preventDefault();
        const filters: AuditFilters = {};
        if (user) filters.user = user;
        if (dialogue) filters.dialogue = dialogue;
        if (kind) filters.kind = kind;
        const f = toInstant(from);
        const u = toInstant(to);
        if (f) filters.from = f;
        if (u) filters.to = u;
        onApply(filters);
      }}
    >
      <div>
        <label htmlFor="audit-user">{t('audit.actor')}</label>
        <select id="audit-user" value={user} onChange={(e) => setUser(e.target.value)}>
          <option value="">{t('audit.actorAll')}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.email}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-dialogue">{t('audit.dialogue')}</label>
        <select id="audit-dialogue" value={dialogue} onChange={(e) => setDialogue(e.target.value)}>
          <option value="">{t('audit.dialogueAll')}</option>
          {dialogues.map((d) => (
            <ContentOption key={d.id} value={d.id} name={d.title} />
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-kind">{t('audit.kind')}</label>
        <select id="audit-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('audit.kindAll')}</option>
          {AUDIT_KINDS.map(([k, label]) => (
            <option key={k} value={k}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from">
          {t('audit.from')} <span className="muted">({zone})</span>
        </label>
        <input id="audit-from" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div>
        <label htmlFor="audit-to">
          {t('audit.to')} <span className="muted">({zone})</span>
        </label>
        <input id="audit-to" type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <button className="button-primary" type="submit">
        {t('audit.show')}
      </button>
    </form>
  );
}
