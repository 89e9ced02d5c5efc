import type { ReactNode } from 'react';
import { getLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { FILTER_FROM, type CountryGroup } from '@/lib/organisation-groups';
import { OrganisationFilter } from './OrganisationFilter';

/**
 * A list of organisations by country, then kind (regions, municipalities): headings a screen-reader
 * user can jump between, and from FILTER_FROM organisations on, a filter field (with JavaScript).
 * `level` is the country headings' level; kinds are one below. `renderList` draws one kind's items.
 */
export async function GroupedOrganisations<T extends { id: string; label: string }>({
  groups,
  level,
  filterId,
  renderList,
}: {
  groups: CountryGroup<T>[];
  level: 2 | 3;
  filterId: string;
  renderList: (items: T[]) => ReactNode;
}) {
  const locale = (await getLocale()) as Locale;
  const total = groups.reduce((n, g) => n + g.kinds.reduce((m, k) => m + k.items.length, 0), 0);
  const CountryHeading = `h${level}` as const;
  const KindHeading = `h${level + 1}` as 'h3' | 'h4';
  return (
    <div data-module={total >= FILTER_FROM ? 'list-filter' : undefined} data-organisation-groups>
      {total >= FILTER_FROM && <OrganisationFilter locale={locale} id={filterId} total={total} />}
      {/* Groups, not landmarks: a hundred named regions would drown the page's own. */}
      {groups.map((country) => (
        <div key={country.id} data-filter-group data-country={country.id}>
          <CountryHeading className="mt-8 text-xl font-bold">{country.heading}</CountryHeading>
          {country.kinds.map((kind) => (
            <div key={kind.id} data-filter-group data-kind={kind.id}>
              <KindHeading className="mt-4 text-lg font-semibold text-slate-800">{kind.heading}</KindHeading>
              {renderList(kind.items)}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
