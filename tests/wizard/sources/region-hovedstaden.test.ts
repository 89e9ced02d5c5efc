/**
 * Region Hovedstaden (sources 000 zoom-memo and 001 online-communication): the decisions corrected
 * against the sources' words, one `it` per decision, each asserting the verdicts and the quote of the
 * citation the verdict rests on.
 */
import { describe, it, expect } from 'vitest';
import { sourceOf, quotesAt } from './support';
import { dataClassIds, purposeIds, toolIds, needIds } from '@/lib/vocabulary';

const { policy, outcome } = sourceOf('region-hovedstaden');

const PROHIBITION = 'Indtil da må Zoom ikke anvendes i Region Hovedstaden.';
const ALL_MEETING_TYPES = 'Afdelingen/klinikeren skal sikre sig følgende (gældende for alle mødetyper):';
const VIDEO_CONSULTATION_LIST = 'Afdelingen/klinikeren skal sikre sig følgende:';
const APPROVED = 'Der er nedenstående godkendte løsninger og gælder følgende:';

describe('Region Hovedstaden: decisions read from 000 and 001', () => {
  it(`000 › approval: "${PROHIBITION}": the memo never grants private use, so Zoom is not allowed for private purposes, for every information class`, () => {
    for (const data of dataClassIds) {
      const zoom = outcome('private', data).tool('zoom');
      expect(zoom.verdict, data).toBe('not-allowed');
    }
    const zoom = outcome('private', 'none').tool('zoom');
    expect(zoom.ruleIds).toEqual(['zoom-not-for-private-use']);
    expect(quotesAt(zoom, 'zoom-memo#approval').some((q) => q?.includes(PROHIBITION))).toBe(true);
  });

  it(`000 › approval: "${PROHIBITION}", and 001 › minsp: "primære løsning til virtuel patientkontakt er videokonsultation via Min SP": the KU exception does not reach patient contact, so Zoom is not allowed for consultations, for every information class`, () => {
    for (const data of dataClassIds)
      expect(outcome('consultation', data).tool('zoom').verdict, data).toBe('not-allowed');
    const zoom = outcome('consultation', 'none').tool('zoom');
    expect(zoom.ruleIds).toEqual(['zoom-not-for-patient-contact']);
    expect(quotesAt(zoom, 'zoom-memo#approval').some((q) => q?.includes(PROHIBITION))).toBe(true);
    expect(quotesAt(zoom, 'online-communication#minsp')).toEqual([
      'Region Hovedstadens primære løsning til virtuel patientkontakt er videokonsultation via Min SP.',
    ]);
  });

  it('000 › ku-affiliation: "Dette gælder dog ikke, hvis du er bruger (ansat) i Region Hovedstaden med en KU-tilknytning …": Zoom stays conditional without personal data for colleagues, case conferences, teaching and external meetings', () => {
    for (const purpose of ['colleagues', 'case-conference', 'teaching', 'external'] as const) {
      const zoom = outcome(purpose, 'none').tool('zoom');
      expect(zoom.verdict, purpose).toBe('conditional');
      expect(quotesAt(zoom, 'zoom-memo#ku-affiliation')[0]).toMatch(
        /^Dette gælder dog ikke, hvis du er bruger \(ansat\)/,
      );
      expect(quotesAt(zoom, 'zoom-memo#ku-affiliation')[0]).toContain('Det kræver dog, at du kontakter CIMT');
    }
  });

  it('000 › approval: "… med det forbehold, at der ikke deles, behandles eller kommunikeres personoplysninger": Zoom is not allowed with personal or sensitive data, whatever the purpose', () => {
    for (const purpose of ['colleagues', 'case-conference', 'teaching', 'external'] as const)
      for (const data of ['personal', 'sensitive'] as const) {
        const zoom = outcome(purpose, data).tool('zoom');
        expect(zoom.verdict, `${purpose}/${data}`).toBe('not-allowed');
        expect(quotesAt(zoom, 'zoom-memo#approval')[0]).toContain(
          'med det forbehold, at der ikke deles, behandles eller kommunikeres personoplysninger',
        );
      }
  });

  it(`001 › all-meeting-types: "${ALL_MEETING_TYPES}" (the list is lost): Meet and Teams for colleagues and case conferences are conditional, never simply allowed, and say so`, () => {
    for (const purpose of ['colleagues', 'case-conference'] as const)
      for (const data of ['none', 'personal', 'sensitive'] as const)
        for (const id of ['medcom-meet', 'teams'] as const) {
          const d = outcome(purpose, data).tool(id);
          expect(d.verdict, `${purpose}/${data} ${id}`).toBe('conditional');
          expect(quotesAt(d, 'online-communication#all-meeting-types')).toEqual([ALL_MEETING_TYPES]);
          expect(
            d.conditions.some((c) => c.da.includes('kilden har mistet listen') && c.da.includes('CIMT Service')),
          ).toBe(true);
        }
  });

  it(`001 › minsp: "primære løsning", with 001 › all-meeting-types and video-consultation: "${VIDEO_CONSULTATION_LIST}" (lost): MinSP stays recommended for consultations, its own rule carrying the lost requirements`, () => {
    for (const data of ['none', 'personal', 'sensitive'] as const) {
      const minsp = outcome('consultation', data).tool('minsp');
      expect(minsp.verdict, data).toBe('recommended');
      expect(minsp.ruleIds).toEqual(['minsp-primary-for-patient-contact']);
      expect(quotesAt(minsp, 'online-communication#all-meeting-types')).toEqual([ALL_MEETING_TYPES]);
      expect(quotesAt(minsp, 'online-communication#video-consultation')).toEqual([VIDEO_CONSULTATION_LIST]);
      expect(minsp.conditions.some((c) => c.da.includes('kilden har mistet listerne'))).toBe(true);
    }
  });

  it('001 › meet: "Der er dog tilfælde, hvor denne løsning ikke er mulig …": Meet for consultations stays conditional and carries the lost lists of video consultations', () => {
    const meet = outcome('consultation', 'sensitive').tool('medcom-meet');
    expect(meet.verdict).toBe('conditional');
    expect(quotesAt(meet, 'online-communication#meet')[0]).toMatch(
      /^Der er dog tilfælde, hvor denne løsning ikke er mulig/,
    );
    expect(quotesAt(meet, 'online-communication#video-consultation')).toEqual([VIDEO_CONSULTATION_LIST]);
  });

  it(`001 › purpose: "${APPROVED}": the approved Teams and Meet rules cite the word "godkendte" where it stands, not the definitions`, () => {
    for (const id of ['teams', 'medcom-meet'] as const) {
      const d = outcome('colleagues', 'none').tool(id);
      expect(quotesAt(d, 'online-communication#purpose')).toEqual([APPROVED]);
      expect(d.citations.map((c) => c.section)).not.toContain('definitions');
      for (const c of d.citations) expect(c.quote, `${id} ${c.section}`).toBeTruthy();
    }
    expect(quotesAt(outcome('case-conference', 'none').tool('teams'), 'online-communication#purpose')).toEqual([
      APPROVED,
    ]);
  });

  it('001 › scope: "… deltager i alle typer online mødefora uden patientdeltagelse": Teams and Meet are conditional for teaching without patient data; not assessed for teaching with sensitive data and for external meetings', () => {
    for (const data of ['none', 'personal'] as const)
      for (const id of ['teams', 'medcom-meet'] as const) {
        const d = outcome('teaching', data).tool(id);
        expect(d.verdict, `${data} ${id}`).toBe('conditional');
        expect(quotesAt(d, 'online-communication#scope')[0]).toContain(
          'alle typer online mødefora uden patientdeltagelse',
        );
      }
    for (const id of ['teams', 'medcom-meet'] as const) {
      expect(outcome('teaching', 'sensitive').tool(id).verdict).toBe('not-assessed');
      for (const data of dataClassIds) expect(outcome('external', data).tool(id).verdict).toBe('not-assessed');
    }
  });

  it('001 › meet-data-security: "NB. Du må ikke dele personfølsomme oplysninger i chatten.": chat is not allowed with sensitive data, in every situation', () => {
    for (const purpose of purposeIds) {
      const chat = outcome(purpose, 'sensitive').need('chat');
      expect(chat.verdict, purpose).toBe('not-allowed');
      expect(quotesAt(chat, 'online-communication#meet-data-security')).toEqual([
        'NB. Du må ikke dele personfølsomme oplysninger i chatten.',
      ]);
    }
  });

  it(`sources silent on security-classified information: nothing is usable, only Zoom is decided (000 › approval: "${PROHIBITION}", never lifted for it)`, () => {
    for (const purpose of purposeIds) {
      const o = outcome(purpose, 'classified');
      for (const id of toolIds) {
        const d = o.tool(id);
        if (id === 'zoom') {
          expect(d.verdict, purpose).toBe('not-allowed');
          expect(quotesAt(d, 'zoom-memo#approval').some((q) => q?.includes(PROHIBITION))).toBe(true);
        } else expect(d.verdict, `${purpose} ${id}`).toBe('not-assessed');
      }
      for (const id of needIds) expect(o.need(id).verdict, `${purpose} ${id}`).toBe('not-assessed');
    }
    expect(outcome('consultation', 'classified').all.practices.map((p) => p.id)).not.toContain(
      'phone-when-no-visual-contact',
    );
  });

  it('every citation of a verdict and of a practice carries its quote and a translation into sv and nb (not da)', () => {
    const citations = [
      ...policy.rules.filter((r) => r.verdict !== 'not-assessed').flatMap((r) => r.cite),
      ...policy.practices.flatMap((p) => p.cite),
    ];
    for (const c of citations) {
      expect(c.quote, `${c.guideline}#${c.section}`).toBeTruthy();
      expect(Object.keys(c.translation ?? {}).sort(), `${c.guideline}#${c.section}`).toEqual(['nb', 'sv']);
    }
  });
});
