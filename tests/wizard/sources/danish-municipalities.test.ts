/**
 * Danish municipalities (source 004, KL's guide on screen visits): the decisions corrected against the
 * text, one `it` each, with the passage they rest on. The quotes are checked against the original (da)
 * pages by `npm run check:content`; here we check the verdicts and that the decisive citation carries them.
 */
import { describe, it, expect } from 'vitest';
import { sourceOf, quotes } from './support';
import { dataClassIds, purposeIds } from '@/lib/vocabulary';

const { outcome } = sourceOf('danish-municipalities');

const ZOOM =
  'other-solutions: Zoom er kendt for at have svag kryptering, og efter sigende findes der mange kompromitterede konti til salg, så det kan ikke anbefales at bruge tjenesten til behandling af personfølsomme informationer.';
const UNSAFE =
  'unsafe-platforms: Det drejer sig bl.a. om sociale platforme som, i den version de eksisterer i dag, ikke lever op til sikkerhedskravene og derfor er ulovlige at bruge til formålet. … Benyt ikke sociale platforme som fx: Facebook Messenger … FaceTime … Almindelig Skype … WhatsApp';
const DPA_ALWAYS = 'technical-checklist: I alle tilfælde skal der benyttes en databehandleraftale.';
const EU =
  'byod-security: GDPR-forordningen medfører bl.a., at de dataansvarlige skal kontrollere databehandlernes måde at håndtere data på. Det betyder, at det skal sikres, at data ikke krydser en server uden for EU.';
const SFB =
  'other-solutions: de tidligere sikkerhedsudfordringer, som har været ved brugen af Skype for Business er løst heri. … Ifølge Microsoft udvikles der ikke mere på Skype for Business, og det vil over de næste år blive udfaset.';

const unsafe = ['whatsapp', 'facetime', 'facebook-messenger', 'skype'] as const;
const otherPurposes = purposeIds.filter((p) => p !== 'consultation');
const usable = ['recommended', 'allowed', 'conditional'];

describe('Danish municipalities (004): corrected decisions', () => {
  it('004 › other-solutions: "det kan ikke anbefales at bruge tjenesten til behandling af personfølsomme informationer": Zoom is not allowed in a screen visit with personal data (about the citizen\'s care), as with sensitive data', () => {
    for (const data of ['personal', 'sensitive'] as const) {
      const d = outcome('consultation', data).tool('zoom');
      expect(d.verdict, data).toBe('not-allowed');
      expect(quotes(d), data).toEqual([ZOOM]);
    }
  });

  it('004 › other-solutions: "…til behandling af personfølsomme informationer": without personal data Zoom stays conditional (market overview), with KL\'s warning as a condition', () => {
    const d = outcome('consultation', 'none').tool('zoom');
    expect(d.verdict).toBe('conditional');
    expect(quotes(d)).toContain(ZOOM);
    expect(d.conditions.map((c) => c.da).join(' ')).toContain('Kun uden personoplysninger');
  });

  it("004 is silent on security-classified information: Zoom in a screen visit with classified information is not assessed (was not allowed), with a note carrying KL's Zoom warning", () => {
    const d = outcome('consultation', 'classified').tool('zoom');
    expect(d.verdict).toBe('not-assessed');
    expect(d.ruleIds).toEqual(['zoom-outside-screen-visits']);
    expect(quotes(d)).toEqual([ZOOM]);
  });

  it('004 › unsafe-platforms: "ikke lever op til sikkerhedskravene og derfor er ulovlige at bruge til formålet": WhatsApp, FaceTime, Facebook Messenger and ordinary Skype are not allowed in a screen visit, for every information class', () => {
    for (const data of dataClassIds)
      for (const t of unsafe) {
        const d = outcome('consultation', data).tool(t);
        expect(d.verdict, `${data} ${t}`).toBe('not-allowed');
        expect(quotes(d), `${data} ${t}`).toEqual([UNSAFE]);
      }
  });

  it('004 › unsafe-platforms: "…ulovlige at bruge til formålet" (the purpose is screen visits): for every other purpose the four platforms stay not assessed, with a note saying what KL says and whom to ask', () => {
    for (const purpose of otherPurposes)
      for (const data of dataClassIds)
        for (const t of unsafe) {
          const d = outcome(purpose, data).tool(t);
          expect(d.verdict, `${purpose}/${data} ${t}`).toBe('not-assessed');
          expect(d.ruleIds, `${purpose}/${data} ${t}`).toEqual(['unsafe-social-platforms-outside-screen-visits']);
          expect(quotes(d)).toEqual([UNSAFE]);
          const note = d.conditions[0]!;
          expect(note.da).toContain('ulovlige at bruge til skærmbesøg');
          expect(note.da).toContain('IT-afdeling');
          expect(note.sv).toContain('IT-avdelning');
          expect(note.nb).toContain('IT-avdeling');
        }
  });

  it('004 › market-overview, technical-checklist, byod-security: "I alle tilfælde skal der benyttes en databehandleraftale" and "data ikke krydser en server uden for EU": the listed solutions are conditional in a screen visit', () => {
    for (const data of ['none', 'personal', 'sensitive'] as const) {
      const d = outcome('consultation', data).tool('viewcare');
      expect(d.verdict, data).toBe('conditional');
      expect(quotes(d), data).toEqual(expect.arrayContaining([DPA_ALWAYS, EU]));
    }
  });

  it('004 decides the listed solutions for screen visits only, never with classified information: elsewhere they are not assessed, with a note that KL lists them for screen visits', () => {
    for (const [purpose, data] of [
      ['consultation', 'classified'],
      ...otherPurposes.flatMap((p) => dataClassIds.map((d) => [p, d] as const)),
    ] as const) {
      const d = outcome(purpose, data).tool('teams');
      expect(d.verdict, `${purpose}/${data}`).toBe('not-assessed');
      expect(d.ruleIds, `${purpose}/${data}`).toEqual(['market-overview-outside-screen-visits']);
    }
  });

  it('004 › other-solutions: "Ifølge Microsoft udvikles der ikke mere på Skype for Business": Skype for Business is not assessed in every situation, with the note', () => {
    for (const purpose of purposeIds)
      for (const data of dataClassIds) {
        const d = outcome(purpose, data).tool('skype-for-business');
        expect(d.verdict, `${purpose}/${data}`).toBe('not-assessed');
        expect(quotes(d)).toEqual([SFB]);
      }
  });

  it('004 makes nothing usable outside screen visits or with classified information', () => {
    for (const purpose of purposeIds)
      for (const data of dataClassIds) {
        if (purpose === 'consultation' && data !== 'classified') continue;
        for (const d of [...outcome(purpose, data).all.tools, ...outcome(purpose, data).all.needs])
          expect(usable, `${purpose}/${data} ${d.subject}`).not.toContain(d.verdict);
      }
  });

  it('004 › byod-security: "det er ikke hensigtsmæssigt, at der skal foretages et risikobaseret skøn i hver enkel situation" and "I mellemtiden må besøget leveres på anden vis": practices for every screen visit', () => {
    const o = outcome('consultation', 'sensitive').all;
    const practice = (id: string) => o.practices.find((p) => p.id === id)!;
    expect(practice('security-settled-beforehand').cite.map((c) => c.section)).toEqual(['byod-security']);
    expect(practice('security-settled-beforehand').cite[0]!.quote).toContain(
      'risikobaseret skøn i hver enkel situation',
    );
    expect(practice('device-breakdown').cite[0]!.quote).toBe(
      'I mellemtiden må besøget leveres på anden vis, eksempelvis som fysisk besøg.',
    );
    expect(practice('secure-connection').cite.map((c) => c.section)).toEqual([
      'physical-setting',
      'encryption-and-security',
    ]);
  });
});
