import { getOpenDataFiles } from '@/lib/open-data/site';
import { openDataText } from '@/lib/open-data/build';

/**
 * `/data/v1/{file}`: the wizard's verdicts as open data (index.json, schema.json, {organisation}.json;
 * docs/data.md), written into the export at build time like the other static files.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => Object.keys(getOpenDataFiles()).map((file) => ({ file }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const body = getOpenDataFiles()[(await params).file];
  if (!body) return new Response(null, { status: 404 });
  return new Response(openDataText(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
