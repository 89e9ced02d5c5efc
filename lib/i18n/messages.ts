import da from '@/content/messages/da.json';
import sv from '@/content/messages/sv.json';
import nb from '@/content/messages/nb.json';
import type { Locale } from './routing';

/** The shape of the messages; `check:content` compares the keys of all three languages. */
export type Messages = typeof da;
export const messages: Record<Locale, Messages> = { da, sv, nb };
