import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Internal link: next/link adds the base path when the portal is hosted under a sub-path.
 * Prefetching is off: on an intranet, fetching every visible page in advance costs more than it saves.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
