import type { ReactNode } from 'react';

/** What a page shows when it has nothing: what is missing, then what to do next (a hint, a link). */
export function EmptyState({ children, hint, action }: { children: ReactNode; hint?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-what">{children}</p>
      {(hint || action) && (
        <p className="empty-state-next">
          {hint}
          {hint && action && ' '}
          {action}
        </p>
      )}
    </div>
  );
}
