/**
 * The domain's synonyms and inflections, so a question finds the page whichever word it uses:
 * - phrases read as one word before stop words go ("spela in" is recording, not playing);
 * - curated sets per language (optage / optagelse / optag, opptak / ta opp / spille inn …);
 * - the glossary's terms in the three languages as one set each (glossary-synonyms.json, kept equal
 *   to content/glossary/terms.yaml by tests/search-query.test.ts).
 * Pagefind stems each language already (møde / mødet); these sets add what stemming cannot join.
 */
import type { Locale } from '@/lib/i18n/routing';
import glossarySets from './glossary-synonyms.json' with { type: 'json' };

/** Multi-word verbs that name one topic, replaced by that topic's word. */
export const phrases: Record<Locale, Record<string, string>> = {
  da: { 'optage på video': 'optagelse', 'dele skærm': 'skærmdeling', 'dele skærmen': 'skærmdeling' },
  sv: {
    'spela in': 'inspelning',
    'spelar in': 'inspelning',
    'spelas in': 'inspelning',
    'dela skärm': 'skärmdelning',
    'dela skärmen': 'skärmdelning',
  },
  nb: {
    'ta opp': 'opptak',
    'tar opp': 'opptak',
    'tas opp': 'opptak',
    'spille inn': 'opptak',
    'spilles inn': 'opptak',
    'dele skjerm': 'skjermdeling',
    'dele skjermen': 'skjermdeling',
  },
};

/** Words that mean the same to a reader of the guidelines, per language. */
export const curatedSets: Record<Locale, readonly (readonly string[])[]> = {
  da: [
    ['optage', 'optagelse', 'optag', 'optager', 'optages', 'optaget'],
    ['patient', 'patienter', 'borger', 'borgere'],
    ['hjemmefra', 'hjemme', 'hjemmekontor', 'hjemmearbejde'],
    ['app', 'apps', 'applikation', 'løsning', 'løsninger'],
    ['undervisning', 'klasseundervisning'],
    ['privat', 'privatbrug'],
    ['chat', 'chatte', 'onlinemeddelelser'],
    ['skærmdeling', 'præsentationstilstand'],
    ['følsomme', 'personfølsomme', 'helbredsoplysninger'],
    ['persondata', 'personoplysninger', 'personoplysning'],
    ['journalføre', 'journalføring', 'journalisere', 'journalisering', 'dokumentere', 'dokumentation'],
  ],
  sv: [
    ['inspelning', 'inspelad', 'inspelat', 'spela'],
    ['patient', 'patienter', 'patientuppgifter', 'brukare'],
    ['hemifrån', 'hemma', 'hemarbete', 'distansarbete'],
    ['app', 'appar', 'applikation', 'applikationer', 'lösning'],
    ['undervisning', 'klassundervisning'],
    ['privat', 'privata'],
    ['chatt', 'chatta', 'snabbmeddelande'],
    ['skärmdelning', 'presentationsläge'],
    ['känsliga', 'personkänsliga', 'hälsouppgifter'],
    ['persondata', 'personuppgifter', 'personuppgift'],
    ['journalföra', 'journalför', 'journalföring', 'dokumentera', 'dokumentation'],
  ],
  nb: [
    ['opptak', 'opptaket', 'spille'],
    ['pasient', 'pasienter', 'pasientopplysninger', 'bruker'],
    ['hjemmefra', 'hjemme', 'hjemmekontor'],
    ['app', 'apper', 'applikasjon', 'løsning', 'løsninger'],
    ['undervisning', 'klasseundervisning'],
    ['privat', 'private'],
    ['chat', 'chatte', 'direktemeldinger'],
    ['skjermdeling', 'presentasjonsmodus'],
    ['sensitive', 'personsensitiv', 'helseopplysninger'],
    ['persondata', 'personopplysninger', 'personopplysning'],
    ['journalføre', 'journalføring', 'dokumentere', 'dokumentasjon'],
  ],
};

/**
 * A glossary term's spellings: "GDPR (persondataforordningen)" is "gdpr" and "persondataforordningen".
 * A spelling of several words also gives its long compounds alone ("sikkerhedsklassificeret
 * information" gives "sikkerhedsklassificeret"), so a question with another noun still finds it.
 */
export function termSpellings(term: string): string[] {
  return term
    .toLowerCase()
    .split(/[()]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((spelling) => [spelling, ...spelling.split(' ').filter((w) => w !== spelling && w.length >= 12)]);
}

/** One set per glossary entry: its spellings in every language, without repeats. */
export function glossarySynonymSets(entries: readonly { term: Record<string, string> }[]): string[][] {
  return entries
    .map((entry) => [...new Set(Object.values(entry.term).flatMap(termSpellings))])
    .filter((set) => set.length > 1);
}

/** The sets a query in `locale` expands with. */
export function synonymSets(locale: Locale): readonly (readonly string[])[] {
  return [...curatedSets[locale], ...(glossarySets as string[][])];
}
