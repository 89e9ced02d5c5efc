import type { AnchorHTMLAttributes } from 'react';
import { basePath } from '@/lib/site';

/**
 * A plain internal link: the same `<a href>` as AppLink (base path included), but no client
 * component. For pages with hundreds of links (the tool matrices), where hydrating a next/link per
 * cell costs the phone's main thread more than soft navigation saves: a click loads the static page.
 */
export function PlainLink({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} href={`${basePath}${href}`} />;
}
