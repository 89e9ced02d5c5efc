/**
 * Words a staff question carries that say nothing about the page that answers it: question words,
 * modal verbs ("får jag", "må jeg", "kan vi"), pronouns, articles, prepositions and a few verbs that
 * every guideline uses ("bruge", "använda", "bruke"). Pagefind would otherwise look for each of them
 * on the page, so "får jag spela in mötet" found nothing. Curated by hand per language and kept
 * small: a word that can name a topic ("møde", "privat", "hjemme") never belongs here.
 * See docs/search.md.
 */
import type { Locale } from '@/lib/i18n/routing';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const stopWords: Record<Locale, ReadonlySet<string>> = {
  da: words(`
    hvordan hvad hvilken hvilket hvilke hvornår hvor hvorfor hvem
    må kan skal får bør have har er være bruge benytte gøre lov
    jeg vi du man de den det der en et mig os dem sig sin sit min mit mine vores jeres
    i på med til af for om og eller at som ikke nogen noget her hos fra efter ved når så hvis også få nok meget mere`),
  sv: words(`
    hur vad vilken vilket vilka när var varför vem
    får kan ska skall bör måste ha har är vara använda använder göra lov
    jag vi du man de den det en ett mig oss dem sig min mitt mina vår vårt våra
    i på med till av för om och eller att som inte något någon här hos från efter vid in också finns bara över ta`),
  nb: words(`
    hvordan hva hvilken hvilket hvilke når hvor hvorfor hvem
    må kan skal får bør ha har er være bruke benytte gjøre lov
    jeg vi du man de den det der en et ei meg oss dem seg min mitt mine vår vårt våre
    i på med til av for om og eller å som ikke noe noen her hos fra etter ved hvis også inn opp over skjer bare mer`),
};
