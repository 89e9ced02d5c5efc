/**
 * Scenarios, one `it` per situation, each with the passage of the source it rests on.
 * The first five are the worked examples in ../shared/design/scenarios.md.
 */
import { describe, it, expect } from 'vitest';
import { loadPolicies } from '@/lib/wizard/policies';
import { decide } from '@/lib/wizard/engine';
import type { DataClassId, NeedId, PurposeId, ToolId, Verdict } from '@/lib/vocabulary';
import type { OrganisationId } from '@/lib/organisations';
import { forOrganisation } from '@/lib/organisations';

const policies = loadPolicies();

function outcome(organisation: OrganisationId, purpose: PurposeId, data: DataClassId) {
  const o = decide(forOrganisation(policies, organisation), { organisation, purpose, data });
  return {
    tool: (id: ToolId): Verdict => o.tools.find((t) => t.subject === id)!.verdict,
    need: (id: NeedId): Verdict => o.needs.find((n) => n.subject === id)!.verdict,
    citations: (id: ToolId) => o.tools.find((t) => t.subject === id)!.citations,
    practices: o.practices.map((p) => p.id),
    all: o,
  };
}

describe('worked examples (scenarios.md)', () => {
  it('1. Region Hovedstaden, consultation, sensitive: MinSP recommended, Meet conditional, Zoom and chat not allowed', () => {
    const o = outcome('region-hovedstaden', 'consultation', 'sensitive');
    expect(o.tool('minsp')).toBe('recommended');
    expect(['allowed', 'conditional']).toContain(o.tool('medcom-meet'));
    expect(o.tool('zoom')).toBe('not-allowed');
    expect(o.need('chat')).toBe('not-allowed');
  });
  it('2. Region Halland, case conference, sensitive: Teams usable; chat, recording, transcription not; screen sharing conditional', () => {
    const o = outcome('region-halland', 'case-conference', 'sensitive');
    expect(['recommended', 'allowed', 'conditional']).toContain(o.tool('teams'));
    expect(o.need('chat')).toBe('not-allowed');
    expect(o.need('recording')).toBe('not-allowed');
    expect(o.need('transcription')).toBe('not-allowed');
    expect(o.need('screen-sharing')).toBe('conditional');
  });
  it('3. Lillehammer, consultation, sensitive: Confrere recommended', () => {
    expect(outcome('lillehammer-kommune', 'consultation', 'sensitive').tool('confrere')).toBe('recommended');
  });
  it('4. Danish municipalities, consultation, sensitive: the social platforms are not allowed (004 § 3.1.1)', () => {
    const o = outcome('danish-municipalities', 'consultation', 'sensitive');
    for (const t of ['whatsapp', 'facetime', 'facebook-messenger', 'skype'] as const)
      expect(o.tool(t)).toBe('not-allowed');
    expect(o.citations('whatsapp').map((c) => `${c.guideline}#${c.section}`)).toEqual([
      'screen-visits-market-overview#unsafe-platforms',
    ]);
  });
  it('5. Region Halland, colleagues, classified: every tool not allowed (002 footnote 1)', () => {
    const o = outcome('region-halland', 'colleagues', 'classified');
    expect(new Set(o.all.tools.map((t) => t.verdict))).toEqual(new Set(['not-allowed']));
  });
});

describe('Region Hovedstaden (000, 001)', () => {
  it('000 › approval: Zoom is not allowed with ordinary personal data, whatever the purpose', () => {
    for (const p of ['colleagues', 'teaching', 'consultation'] as const)
      expect(outcome('region-hovedstaden', p, 'personal').tool('zoom')).toBe('not-allowed');
  });
  it('000 › ku-affiliation: without personal data Zoom is only conditional (KU-affiliated staff), never simply allowed', () => {
    const o = outcome('region-hovedstaden', 'teaching', 'none');
    expect(o.tool('zoom')).toBe('conditional');
    expect(o.citations('zoom').map((c) => c.section)).toEqual(['approval', 'ku-affiliation', 'installation']);
  });
  it('001 › meet: Meet is conditional (only where MinSP is not possible) even without personal data', () => {
    expect(outcome('region-hovedstaden', 'consultation', 'none').tool('medcom-meet')).toBe('conditional');
  });
  it('001 › teams-patient-conferences: Teams for a patient conference with sensitive data is conditional (the conditions list is missing in the source)', () => {
    const o = outcome('region-hovedstaden', 'case-conference', 'sensitive');
    expect(o.tool('teams')).toBe('conditional');
    expect(o.citations('teams').map((c) => `${c.guideline}#${c.section}`)).toEqual([
      'online-communication#teams-patient-conferences',
      'online-communication#all-meeting-types',
    ]);
  });
  it('001 › purpose: Teams is an approved meeting room for colleagues without patient data, conditional on the lost list of all-meeting-types', () => {
    expect(outcome('region-hovedstaden', 'colleagues', 'none').tool('teams')).toBe('conditional');
  });
  it('001 is silent on Teams for patient consultations: not assessed, never allowed', () => {
    expect(outcome('region-hovedstaden', 'consultation', 'sensitive').tool('teams')).toBe('not-assessed');
  });
  it('001 › video-consultation: the practice "telephone when no visual contact is needed" is listed for consultations', () => {
    expect(outcome('region-hovedstaden', 'consultation', 'personal').practices).toContain(
      'phone-when-no-visual-contact',
    );
  });
  it('sources are silent on classified information in Region Hovedstaden: MinSP is not assessed, not recommended', () => {
    expect(outcome('region-hovedstaden', 'consultation', 'classified').tool('minsp')).toBe('not-assessed');
  });
});

describe('Region Halland (002)', () => {
  it('002 › external-meetings: ask the organiser for Teams (recommended); Zoom and Google Meet only conditional', () => {
    const o = outcome('region-halland', 'external', 'personal');
    expect(o.tool('teams')).toBe('recommended');
    expect(o.tool('zoom')).toBe('conditional');
    expect(o.tool('google-meet')).toBe('conditional');
  });
  it('002 › external-meetings: an application not on the list (WhatsApp) is not assessed there', () => {
    expect(outcome('region-halland', 'external', 'none').tool('whatsapp')).toBe('not-assessed');
  });
  it('002 › private-use: Teams only exceptionally (conditional); other services not at all', () => {
    const o = outcome('region-halland', 'private', 'none');
    expect(o.tool('teams')).toBe('conditional');
    expect(o.tool('visiba-care')).toBe('not-allowed');
    expect(o.tool('zoom')).toBe('not-allowed');
  });
  it('002 › chat: without patient data, chat is only for temporary information (conditional)', () => {
    expect(outcome('region-halland', 'colleagues', 'none').need('chat')).toBe('conditional');
  });
  it('002 › recording: without patient data recording is conditional (announced, purpose stated)', () => {
    expect(outcome('region-halland', 'colleagues', 'personal').need('recording')).toBe('conditional');
  });
  it('002 › remote-control: only to internal participants (conditional)', () => {
    expect(outcome('region-halland', 'external', 'none').need('remote-control')).toBe('conditional');
  });
  it('002 › transcription is silent without patient data: not assessed', () => {
    expect(outcome('region-halland', 'colleagues', 'none').need('transcription')).toBe('not-assessed');
  });
  it('002 › security-classified: every function is not allowed with classified information', () => {
    const o = outcome('region-halland', 'external', 'classified');
    expect(new Set(o.all.needs.map((n) => n.verdict))).toEqual(new Set(['not-allowed']));
  });
  it('002 › general + patient-data: Visiba Care may be used for a consultation with patient data', () => {
    expect(outcome('region-halland', 'consultation', 'sensitive').tool('visiba-care')).toBe('allowed');
  });
});

describe('Lillehammer kommune (003)', () => {
  it('003 › colleagues: Teams and Skype for Business are allowed for colleague meetings', () => {
    const o = outcome('lillehammer-kommune', 'colleagues', 'none');
    expect(o.tool('teams')).toBe('allowed');
    expect(o.tool('skype-for-business')).toBe('allowed');
  });
  it('003 › sensitive-meetings: with sensitive data they are only conditional; chat, screen sharing and remote control not allowed', () => {
    const o = outcome('lillehammer-kommune', 'case-conference', 'sensitive');
    expect(o.tool('teams')).toBe('conditional');
    expect(o.tool('skype-for-business')).toBe('conditional');
    expect(o.need('chat')).toBe('not-allowed');
    expect(o.need('screen-sharing')).toBe('not-allowed');
    expect(o.need('remote-control')).toBe('not-allowed');
    expect(o.practices).toEqual(expect.arrayContaining(['closed-room-or-headphones', 'clean-desk-meetings']));
  });
  it('003 › teaching: Teams for video only; no other Teams functionality (documents, chat, recording)', () => {
    const o = outcome('lillehammer-kommune', 'teaching', 'personal');
    expect(o.tool('teams')).toBe('conditional');
    expect(o.need('file-sharing')).toBe('not-allowed');
    expect(o.need('chat')).toBe('not-allowed');
    expect(o.need('recording')).toBe('not-allowed');
  });
  it('003 › teams-beyond-meetings: sensitive data is not stored on Teams: recording and transcription not allowed', () => {
    const o = outcome('lillehammer-kommune', 'colleagues', 'sensitive');
    expect(o.need('recording')).toBe('not-allowed');
    expect(o.need('transcription')).toBe('not-allowed');
  });
  it('003 is silent on Zoom: not assessed', () => {
    expect(outcome('lillehammer-kommune', 'colleagues', 'none').tool('zoom')).toBe('not-assessed');
  });
  it('003 › home-office: the NSM home-office basics apply to every situation', () => {
    expect(outcome('lillehammer-kommune', 'private', 'none').practices).toContain('home-office-basics');
  });
});

describe('Danish municipalities (004)', () => {
  it('004 › other-solutions: Zoom is not allowed in a screen visit with personal or sensitive data but conditional without', () => {
    expect(outcome('danish-municipalities', 'consultation', 'sensitive').tool('zoom')).toBe('not-allowed');
    expect(outcome('danish-municipalities', 'consultation', 'personal').tool('zoom')).toBe('not-allowed');
    expect(outcome('danish-municipalities', 'consultation', 'none').tool('zoom')).toBe('conditional');
  });
  it('004 › market-overview: a dedicated solution is conditional on a data processing agreement', () => {
    const o = outcome('danish-municipalities', 'consultation', 'sensitive');
    expect(o.tool('viewcare')).toBe('conditional');
    expect(o.citations('viewcare').map((c) => c.section)).toContain('data-processing-agreements');
  });
  it('004 › other-solutions: Skype for Business is not assessed (a note, not a verdict)', () => {
    const o = outcome('danish-municipalities', 'consultation', 'personal');
    expect(o.tool('skype-for-business')).toBe('not-assessed');
    expect(o.all.tools.find((t) => t.subject === 'skype-for-business')!.conditions).toHaveLength(1);
  });
  it('004 covers screen visits only: colleague meetings are not assessed', () => {
    const o = outcome('danish-municipalities', 'colleagues', 'none');
    expect(new Set(o.all.tools.map((t) => t.verdict))).toEqual(new Set(['not-assessed']));
  });
  it('004 is silent on security-classified information: nothing in a screen visit is usable, Zoom is not assessed', () => {
    const o = outcome('danish-municipalities', 'consultation', 'classified');
    expect(o.tool('zoom')).toBe('not-assessed');
    expect(o.tool('viewcare')).toBe('not-assessed');
    expect(o.tool('whatsapp')).toBe('not-allowed');
  });
});
