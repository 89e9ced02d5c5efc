import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import type { Organisation } from '@/lib/content/schema';
import type { ToolKind } from '@/lib/vocabulary';
import type { MatrixTool } from '@/lib/wizard/matrix';
import { matrixPaths } from '@/lib/wizard/matrix-paths';
import { PlainLink } from '@/components/ui/PlainLink';

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

/**
 * The body of a tool × organisation table: a row group per tool kind (named across the table),
 * a row per tool (its name links to the tool page), and `cell` for each organisation.
 */
export function MatrixBody<Row extends { tool: MatrixTool }>({
  locale,
  organisations,
  groups,
  kindLabel,
  stickyToolColumn = false,
  cell,
}: {
  locale: Locale;
  organisations: Organisation[];
  groups: { kind: ToolKind; rows: Row[] }[];
  kindLabel: (kind: ToolKind) => string;
  stickyToolColumn?: boolean;
  cell: (row: Row, organisation: Organisation) => ReactNode;
}) {
  const paths = matrixPaths(locale);
  return groups.map(({ kind, rows }) => (
    <tbody key={kind}>
      <tr>
        <th scope="rowgroup" colSpan={organisations.length + 1} className="bg-slate-100 p-2 text-left">
          {kindLabel(kind)}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.tool.id} className="border-b border-slate-200">
          <th scope="row" className={stickyToolColumn ? 'sticky left-0 bg-white p-2 font-normal' : 'p-2 font-normal'}>
            <PlainLink href={paths.tool(row.tool.id)}>{row.tool.name}</PlainLink>
          </th>
          {organisations.map((o) => cell(row, o))}
        </tr>
      ))}
    </tbody>
  ));
}
