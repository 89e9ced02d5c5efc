/**
 * Lillehammer kommune (source 003): the decisions corrected against the text, one `it` each, with the
 * passage they rest on. The quotes are checked against the original (nb) page by `npm run check:content`;
 * here we check that the decisive citation carries them.
 */
import { describe, it, expect } from 'vitest';
import { sourceOf, quotes } from './support';
import { dataClassIds, purposeIds, toolIds, needIds } from '@/lib/vocabulary';

const { outcome } = sourceOf('lillehammer-kommune');

const TEACHING_BAN = 'teaching: Inntil videre skal derfor ikke annen Teams-funksjonalitet benyttes for skole.';
const EXCEPTION =
  'sensitive-meetings: Det gjøres i denne spesielle perioden et unntak slik at nettmøter mellom kollegaer som har behov for å samtale om personsensitiv informasjon knyttet til brukere, også kan avholdes via Skype for Business eller Teams.';
const NOT_ON_TEAMS =
  'teams-beyond-meetings: Husk at sensitiv personinformasjon ikke skal deles/lagres på Teams, selv om du er pålogget med 2-faktor-autentisering.';
const ORAL_ONLY =
  'sensitive-meetings-conduct: Videomøtene skal kun være muntlig. Unngå chat med sensitiv informasjon og deling av skjerm.';

describe('Lillehammer kommune (003): corrected decisions', () => {
  for (const need of ['recording', 'transcription', 'chat', 'remote-control', 'file-sharing'] as const)
    it(`003 › teaching: "Inntil videre skal derfor ikke annen Teams-funksjonalitet benyttes for skole": ${need} is not allowed in teaching, for every information class`, () => {
      for (const data of dataClassIds) {
        const d = outcome('teaching', data).need(need);
        expect(d.verdict, data).toBe('not-allowed');
        expect(quotes(d), data).toContain(TEACHING_BAN);
      }
    });

  it('003 › teaching: the text does not settle whether screen sharing is part of "klasseundervisning via videomøter" or "annen Teams-funksjonalitet": not assessed, with a note that names the schools\' IKT contacts', () => {
    for (const data of ['none', 'personal'] as const) {
      const d = outcome('teaching', data).need('screen-sharing');
      expect(d.verdict, data).toBe('not-assessed');
      expect(d.ruleIds, data).toEqual(['teaching-screen-sharing-not-settled']);
      expect(quotes(d), data).toContain(TEACHING_BAN);
      expect(d.conditions[0]!.nb).toMatch(/IKT-kontakten på skolen/);
    }
    // classified: 003 is silent, no rule at all
    expect(outcome('teaching', 'classified').need('screen-sharing').verdict).toBe('not-assessed');
  });

  it('003 › teams-beyond-meetings: "sensitiv personinformasjon ikke skal deles/lagres på Teams": with sensitive information, screen sharing is not allowed in teaching (taught on Teams)', () => {
    const d = outcome('teaching', 'sensitive').need('screen-sharing');
    expect(d.verdict).toBe('not-allowed');
    expect(quotes(d)).toEqual([NOT_ON_TEAMS]);
  });

  it('003 › sensitive-meetings: "Det gjøres i denne spesielle perioden et unntak slik at nettmøter mellom kollegaer …": outside meetings between colleagues, Teams and Skype for Business are not allowed with sensitive information', () => {
    for (const purpose of ['teaching', 'consultation', 'external', 'private'] as const) {
      const o = outcome(purpose, 'sensitive');
      expect(o.tool('skype-for-business').verdict, purpose).toBe('not-allowed');
      expect(quotes(o.tool('skype-for-business')), purpose).toEqual([EXCEPTION]);
      expect(o.tool('teams').verdict, purpose).toBe('not-allowed');
      expect(quotes(o.tool('teams')), purpose).toEqual([EXCEPTION, NOT_ON_TEAMS]);
    }
  });

  it('003 › video-consultations: "anbefales det å benytte løsningen Confrere": Confrere stays recommended for a consultation with sensitive information', () => {
    const d = outcome('consultation', 'sensitive').tool('confrere');
    expect(d.verdict).toBe('recommended');
    expect(quotes(d)[0]).toBe(
      'video-consultations: For å gjennomføre videokonsultasjon mellom behandler og bruker/pasient anbefales det å benytte løsningen Confrere.',
    );
  });

  it('003 › sensitive-meetings: the exception itself still holds: Teams and Skype for Business conditional for colleagues and case conferences with sensitive information', () => {
    for (const purpose of ['colleagues', 'case-conference'] as const)
      for (const t of ['teams', 'skype-for-business'] as const) {
        const d = outcome(purpose, 'sensitive').tool(t);
        expect(d.verdict, `${purpose} ${t}`).toBe('conditional');
        expect(quotes(d), `${purpose} ${t}`).toContain(EXCEPTION);
      }
  });

  it('003 › sensitive-meetings-conduct: "Videomøtene skal kun være muntlig": remote control is not allowed in meetings between colleagues and case conferences with sensitive information', () => {
    for (const purpose of ['colleagues', 'case-conference'] as const) {
      const d = outcome(purpose, 'sensitive').need('remote-control');
      expect(d.verdict, purpose).toBe('not-allowed');
      expect(quotes(d), purpose).toEqual([ORAL_ONLY]);
    }
  });

  it('003 › sensitive-meetings-conduct + teams-beyond-meetings: recording, transcription and file sharing are not allowed there, resting on "kun muntlig" and on "ikke skal deles/lagres på Teams"', () => {
    for (const purpose of ['colleagues', 'case-conference'] as const)
      for (const need of ['recording', 'transcription', 'file-sharing'] as const) {
        const d = outcome(purpose, 'sensitive').need(need);
        expect(d.verdict, `${purpose} ${need}`).toBe('not-allowed');
        expect(quotes(d), `${purpose} ${need}`).toEqual([ORAL_ONLY, NOT_ON_TEAMS]);
      }
  });

  it('003 is silent on security-classified information: no tool is decided with it, in any situation', () => {
    for (const purpose of purposeIds) {
      const o = outcome(purpose, 'classified');
      for (const t of toolIds) expect(o.tool(t).verdict, `${purpose} ${t}`).toBe('not-assessed');
      // the only function verdicts are the teaching ban on other Teams functionality (never usable)
      for (const n of needIds) expect(['not-assessed', 'not-allowed'], `${purpose} ${n}`).toContain(o.need(n).verdict);
    }
  });
});
