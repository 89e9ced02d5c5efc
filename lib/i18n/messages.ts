import da from '@/content/messages/da.json';
import sv from '@/content/messages/sv.json';
import nb from '@/content/messages/nb.json';
import type { Locale } from './routing';

/** Danish is the reference: a key missing in Swedish or Norwegian is a type error here. */
export type Messages = typeof da;
export const messages: Record<Locale, Messages> = { da, sv, nb };
