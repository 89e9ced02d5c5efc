/**
 * Region Halland (source 002, Swedish original): the readings of the policy locked with the words
 * they rest on. Reviewed against 002 when the quotes were added: no decision changed; these tests
 * keep the decisive verdicts and check that each carries the source's decisive words.
 */
import { describe, it, expect } from 'vitest';
import { sourceOf, quotes } from './support';
import { purposeIds, toolIds, needIds } from '@/lib/vocabulary';
import type { DataClassId } from '@/lib/vocabulary';

const { policy, outcome } = sourceOf('region-halland');

const unclassified: DataClassId[] = ['none', 'personal', 'sensitive'];

describe('002 Region Halland: readings with their quotes', () => {
  it('002 › security-classified: "Säkerhetsskyddsklassificerad information … är inte tillåtet att utbyta i någon form via de här tjänsterna": every tool and function is not allowed with classified information, for every purpose', () => {
    for (const purpose of purposeIds) {
      const { all: o } = outcome(purpose, 'classified');
      for (const d of [...o.tools, ...o.needs]) {
        expect(d.verdict, `${purpose} ${d.subject}`).toBe('not-allowed');
        expect(quotes(d).join(' | ')).toContain('security-classified: Säkerhetsskyddsklassificerad information');
        expect(quotes(d).join(' | ')).toContain('är inte tillåtet att utbyta i någon form via de här tjänsterna');
      }
    }
  });

  it('002 › patient-data: "Chattfunktionen (snabbmeddelande) får inte användas för att utbyta patientuppgifter": chat is not allowed with sensitive data, for every purpose; conditional (temporary information) without', () => {
    for (const purpose of purposeIds) {
      const chat = outcome(purpose, 'sensitive').need('chat');
      expect(chat.verdict).toBe('not-allowed');
      expect(quotes(chat)).toContain(
        'patient-data-functions: Chattfunktionen (snabbmeddelande) får inte användas för att utbyta patientuppgifter och annan sekretessbelagd information, då denna sparas i konversationshistoriken.',
      );
      for (const data of ['none', 'personal'] as const) {
        const c = outcome(purpose, data).need('chat');
        expect(c.verdict).toBe('conditional');
        expect(quotes(c)).toContain(
          'chat: Funktionen är endast avsedd för information av tillfällig art som inte ska arkiveras.',
        );
      }
    }
  });

  it('002 › recording: "Konversationer innehållande patientuppgifter eller annan sekretess får inte spelas in" and "Utgångsläget är att inspelning inte ska göras": recording not allowed with sensitive data, otherwise only conditional (announced, purpose stated)', () => {
    for (const purpose of purposeIds) {
      const rec = outcome(purpose, 'sensitive').need('recording');
      expect(rec.verdict).toBe('not-allowed');
      expect(quotes(rec)).toContain(
        'recording: Konversationer innehållande patientuppgifter eller annan sekretess får inte spelas in.',
      );
      for (const data of ['none', 'personal'] as const) {
        const r = outcome(purpose, data).need('recording');
        expect(r.verdict).toBe('conditional');
        expect(quotes(r).join(' | ')).toContain('recording: Utgångsläget är att inspelning inte ska göras.');
      }
    }
  });

  it('002 › patient-data: "Transkriberingsfunktionen får inte användas när mötet gäller patientuppgifter": transcription not allowed with sensitive data; silent (not assessed) without', () => {
    for (const purpose of purposeIds) {
      const t = outcome(purpose, 'sensitive').need('transcription');
      expect(t.verdict).toBe('not-allowed');
      expect(quotes(t).join(' | ')).toContain(
        'patient-data-functions: Transkriberingsfunktionen får inte användas när mötet gäller patientuppgifter',
      );
      expect(outcome(purpose, 'none').need('transcription').verdict).toBe('not-assessed');
      expect(outcome(purpose, 'personal').need('transcription').verdict).toBe('not-assessed');
    }
  });

  it('002 › patient-data: "Presentationsläget (dela skrivbord eller dela program) får användas, dock ska man vara särskilt försiktig": screen sharing is conditional, also with sensitive data', () => {
    for (const purpose of purposeIds)
      for (const data of unclassified) {
        const s = outcome(purpose, data).need('screen-sharing');
        expect(s.verdict).toBe('conditional');
        expect(quotes(s).join(' | ')).toContain(
          'patient-data-functions: Presentationsläget (dela skrivbord eller dela program) får användas, dock ska man vara särskilt försiktig',
        );
        expect(quotes(s).join(' | ')).toContain(
          'screen-sharing: Om skrivbordet visas ska program och dokument som inte är relevanta under mötet stängas ner.',
        );
      }
  });

  it('002 › remote-control: "Det är endast möjligt att överlåta kontroll … till deltagare internt inom Region Halland": remote control only conditional, never simply allowed', () => {
    for (const purpose of purposeIds)
      for (const data of unclassified) {
        const r = outcome(purpose, data).need('remote-control');
        expect(r.verdict).toBe('conditional');
        expect(quotes(r).join(' | ')).toContain(
          'remote-control: Det är endast möjligt att överlåta kontroll av program eller skrivbord till deltagare internt inom Region Halland.',
        );
      }
  });

  it('002 › file-sharing: "Användaren ansvarar för att endast skicka filer som mottagaren eller mottagarna är behöriga att ta del av": file sharing conditional', () => {
    const f = outcome('case-conference', 'sensitive').need('file-sharing');
    expect(f.verdict).toBe('conditional');
    expect(quotes(f).join(' | ')).toContain('file-sharing: Användaren ansvarar för att endast skicka filer');
  });

  it('002 › patient-data: "det är möjligt att utbyta patientuppgifter … över video- och talsamtal": the region\'s own applications are allowed for work meetings with patient data', () => {
    for (const purpose of ['colleagues', 'case-conference', 'consultation'] as const)
      for (const t of ['teams', 'visiba-care', 'cisco-jabber'] as const) {
        const d = outcome(purpose, 'sensitive').tool(t);
        expect(d.verdict).toBe('allowed');
        expect(quotes(d).join(' | ')).toContain(
          'patient-data: Datatrafiken under ett distansmöte är krypterad, vilket innebär att det är möjligt att utbyta patientuppgifter',
        );
      }
  });

  it('002 › external-meetings: "bör du alltid fråga arrangören om det går att ansluta till mötet via Teams": Teams recommended, the listed applications conditional (personal invitation, own security check), unlisted tools not assessed', () => {
    for (const data of unclassified) {
      const { tool, practices } = outcome('external', data);
      expect(tool('teams').verdict).toBe('recommended');
      expect(quotes(tool('teams'))).toContain(
        'external-meetings: I de fall du blir inbjuden till ett distansmöte med en extern arrangör bör du alltid fråga arrangören om det går att ansluta till mötet via Teams.',
      );
      for (const t of [
        'cisco-webex',
        'skype',
        'compodium',
        'visiba-care',
        'google-meet',
        'acano',
        'digitaltolk',
        'gotomeeting',
        'zoom',
      ] as const) {
        expect(tool(t).verdict, t).toBe('conditional');
        expect(quotes(tool(t))).toContain(
          'external-meetings: Du ska endast delta i distansmöten där du fått en personlig inbjudan (dvs. inte offentliga möten).',
        );
        // "testa åtkomsten i god tid" is the source's advice for an application NOT on the list: a practice.
        expect(
          tool(t)
            .conditions.map((c) => c.sv)
            .join(' '),
        ).not.toContain('Testa åtkomsten');
      }
      for (const t of ['cisco-jabber', 'whatsapp', 'facetime', 'skype-for-business'] as const)
        expect(tool(t).verdict, t).toBe('not-assessed');
      expect(practices).toContain('external-meetings');
    }
  });

  it('002 › private-use: "Privat användning av Teams får ske endast undantagsvis" and "Övriga distansmötestjänster får inte användas privat överhuvudtaget": Teams conditional, every other tool not allowed', () => {
    for (const data of unclassified) {
      const { tool, practices } = outcome('private', data);
      expect(tool('teams').verdict).toBe('conditional');
      expect(quotes(tool('teams')).join(' | ')).toContain(
        'private-use: Privat användning av Teams får ske endast undantagsvis och i begränsad omfattning',
      );
      expect(quotes(tool('teams')).join(' | ')).toContain(
        'Teams får däremot inte användas regelmässigt för privat bruk.',
      );
      for (const t of toolIds.filter((t) => t !== 'teams')) {
        expect(tool(t).verdict, t).toBe('not-allowed');
        expect(quotes(tool(t))).toContain(
          'private-use: Övriga distansmötestjänster får inte användas privat överhuvudtaget.',
        );
      }
      expect(practices).toContain('misuse');
    }
  });

  it('002 › responsibility, personal-responsibility, threats: the conduct practices are shown in every situation, each with its quote', () => {
    for (const purpose of purposeIds)
      for (const data of ['none', 'personal', 'sensitive', 'classified'] as const) {
        const { practices } = outcome(purpose, data);
        for (const p of ['responsible-use', 'account-security', 'threats'])
          expect(practices, `${purpose}/${data}`).toContain(p);
      }
    const cited = (id: string) => policy.practices.find((p) => p.id === id)!.cite.map((c) => c.quote);
    expect(cited('responsible-use')).toContain(
      'Region Hallands videokonferens- och chattapplikationer är tjänsteverktyg och ska användas med ansvar och sunt förnuft.',
    );
    expect(cited('account-security')).toContain('Loggar man in med SITHS-kort ska detta vara under uppsikt.');
    expect(cited('threats')).toContain(
      'Kontakta ansvarig chef om meddelande innehåller hot eller liknande. Ta inte bort konversationen.',
    );
  });

  it('every function is decided (or silent) the same way in the worked examples: 2. case conference/sensitive and 5. colleagues/classified', () => {
    const two = outcome('case-conference', 'sensitive');
    expect(['recommended', 'allowed', 'conditional']).toContain(two.tool('teams').verdict);
    for (const n of ['chat', 'recording', 'transcription'] as const) expect(two.need(n).verdict).toBe('not-allowed');
    expect(two.need('screen-sharing').verdict).toBe('conditional');
    const five = outcome('colleagues', 'classified');
    expect(new Set(five.all.tools.map((t) => t.verdict))).toEqual(new Set(['not-allowed']));
    expect(new Set(five.all.needs.map((n) => n.verdict))).toEqual(new Set(['not-allowed']));
    expect(five.all.needs.map((n) => n.subject)).toEqual([...needIds]);
  });
});
