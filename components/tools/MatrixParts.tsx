import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation } from '@/lib/content/schema';

/** The header row of a tool × organisation table: "Tool", then one column per organisation. */
export function MatrixHead({
  locale,
  toolLabel,
  organisations,
  stickyToolColumn = false,
  organisationCell = (o) => o.name[locale],
}: {
  locale: Locale;
  toolLabel: string;
  organisations: Organisation[];
  /** The tool names stay put while the table scrolls sideways. */
  stickyToolColumn?: boolean;
  organisationCell?: (organisation: Organisation) => ReactNode;
}) {
  return (
    <thead>
      <tr className="border-b-2 border-slate-400">
        <th scope="col" className={stickyToolColumn ? 'sticky left-0 bg-white p-2' : 'p-2'}>
          {toolLabel}
        </th>
        {organisations.map((o) => (
          <th key={o.id} scope="col" className="p-2">
            {organisationCell(o)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The row that names a group of tools (one kind) across the whole table. */
export function KindHeaderRow({ label, columns }: { label: string; columns: number }) {
  return (
    <tr>
      <th scope="rowgroup" colSpan={columns} className="bg-slate-100 p-2 text-left">
        {label}
      </th>
    </tr>
  );
}
