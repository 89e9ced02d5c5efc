/**
 * Compound words ("videokonsultation", "distansmöte", "hodetelefoner") are one token to Pagefind,
 * so a search for a part ("konsultation") would miss them. For each word in a page that ends in
 * (or contains) a known part, we index the part and the rest as extra, hidden words.
 * The parts are the domain's own vocabulary; docs/search.md has the measurements.
 */
import type { Locale } from '@/lib/i18n/routing';

export const compoundParts: Record<Locale, readonly string[]> = {
  da: [
    'konsultation',
    'konsultationer',
    'møde',
    'møder',
    'mødet',
    'møderum',
    'besøg',
    'skærm',
    'aftale',
    'aftalen',
    'video',
    'telefon',
    'telefoner',
    'opkald',
    'konference',
    'klassificeret',
    'klassificerede',
    'løsning',
    'løsninger',
    'sikkerhed',
    'deling',
    'optagelse',
    'kryptering',
    'platform',
    'platforme',
    'oplysninger',
    'data',
    'tjeneste',
    'rum',
    'udstyr',
  ],
  sv: [
    'konsultation',
    'konsultationer',
    'möte',
    'möten',
    'mötet',
    'mötes',
    'distans',
    'besök',
    'skärm',
    'avtal',
    'avtalet',
    'video',
    'inspelning',
    'inspelningen',
    'delning',
    'säkerhet',
    'uppgifter',
    'information',
    'samtal',
    'konferens',
    'klassificerad',
    'klassificerade',
    'tjänst',
    'tjänster',
    'funktion',
    'funktionen',
    'rum',
    'handling',
  ],
  nb: [
    'konsultasjon',
    'konsultasjoner',
    'møte',
    'møter',
    'møtet',
    'besøk',
    'skjerm',
    'avtale',
    'avtalen',
    'video',
    'telefon',
    'telefoner',
    'kontor',
    'nettverk',
    'løsning',
    'løsninger',
    'sikkerhet',
    'deling',
    'opptak',
    'opplysninger',
    'informasjon',
    'tjeneste',
    'rom',
    'utstyr',
    'autentisering',
    'konferanse',
    'gradert',
  ],
};

const MIN_REST = 3;

/** The extra words to index for `text`: the known parts and what precedes them. */
export function compoundTerms(text: string, locale: Locale): string[] {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const parts = compoundParts[locale];
  const found = new Set<string>();
  for (const word of words) {
    for (const part of parts) {
      const at = word.lastIndexOf(part);
      if (at < MIN_REST) continue;
      found.add(part);
      // The head, and the head without a linking -s or -e ("sikkerheds|", "mötes|"): both are cheap to index.
      const head = word.slice(0, at);
      for (const h of [head, head.replace(/[se]$/, '')]) if (h.length >= MIN_REST) found.add(h);
    }
  }
  for (const word of words) found.delete(word);
  return [...found].sort();
}
