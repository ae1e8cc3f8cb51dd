import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../session.tsx';

/** A link to an editing page, shown to the secretariat only (the directory and documents are theirs to write). */
export function SecretariatLink({ href, children }: { href: string; children: ReactNode }) {
  const { user } = useSession();
  if (user?.role !== 'admin') return null;
  return (
    <p className="page-actions">
      <Link className="button-secondary" href={href}>
        {children}
      </Link>
    </p>
  );
}
