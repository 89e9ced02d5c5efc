import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { Messages } from '@/lib/i18n/messages';

/** A namespace (`'Search'`) or one message of it (`'Wizard.print'`). */
export type MessagePath = keyof Messages | `${keyof Messages}.${string}`;

/** Only the listed namespaces or messages: every message given to the client is sent with the page. */
export function pickMessages(all: Record<string, unknown>, paths: readonly MessagePath[]): Record<string, unknown> {
  const picked: Record<string, Record<string, unknown>> = {};
  for (const path of paths) {
    const [namespace, key] = path.split('.', 2) as [string, string | undefined];
    const messages = all[namespace] as Record<string, unknown>;
    picked[namespace] = key ? { ...picked[namespace], [key]: messages[key] } : messages;
  }
  return picked;
}

/**
 * Gives the client components inside it their messages (for `useTranslations`), and no more than
 * `messages`: wrap a client component where it is used, naming what it reads.
 */
export async function ClientMessages({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: readonly MessagePath[];
  children: ReactNode;
}) {
  const all = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(all, messages)}>
      {children}
    </NextIntlClientProvider>
  );
}
