import { useMemo } from 'react';
import type { Area, Organization, Person } from '../../../shared/contracts/directory.ts';
import type { MultiText as MultiTextValue } from '../../../shared/multilingual.ts';
import { api } from '../../api/client.ts';
import { useAsync } from '../../components/use-async.ts';

export interface ProvisionOption {
  id: string;
  number: string;
  /** The document's symbol ("A/RES/72/283"), or its title where it has none. */
  document: { symbol: string | null; title: MultiTextValue };
}

type Options = { areas: Area[]; organizations: Organization[]; people: Person[]; provisions: ProvisionOption[] };
/** The directory and the references, loaded once for every editor of the session. */
let loading: Promise<Options> | null = null;

export function useOptions(): Options {
  const data = useAsync(
    () =>
      (loading ??= load().catch((err: unknown) => {
        loading = null;
        throw err;
      })),
    'editor-options',
  );
  return useMemo(() => data.data ?? { areas: [], organizations: [], people: [], provisions: [] }, [data.data]);
}

async function load(): Promise<Options> {
  {
    const [areas, organizations, people, docs] = await Promise.all([
      api.directory.areas(),
      api.directory.organizations(),
      api.directory.people(),
      api.references.list(),
    ]);
    const withProvisions = await Promise.all(
      docs.items.map(async (d) => ({ d, provisions: (await api.references.provisions(d.id)).items })),
    );
    const provisions = withProvisions.flatMap(({ d, provisions }) =>
      provisions.map((p) => ({
        id: p.id,
        number: p.number,
        document: { symbol: d.symbol ?? null, title: d.title },
      })),
    );
    return { areas: areas.items, organizations: organizations.items, people: people.items, provisions };
  }
}
