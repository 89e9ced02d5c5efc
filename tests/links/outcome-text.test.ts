/** How an outcome is named (its situation) and summed up (its verdicts): the page's h1, title and description. */
import { describe, it, expect } from 'vitest';
import { outcomeDescription, outcomeHeading, summarySentences, type SummaryPhrases } from '@/lib/wizard/outcome-text';
import type { SummaryView } from '@/lib/wizard/present';
import { messages } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/routing';
import { dataClassIds, purposeIds } from '@/lib/vocabulary';

const phrases: SummaryPhrases = {
  use: (tools) => `Use ${tools}.`,
  allowed: (tools) => `${tools} may also be used.`,
  conditional: (tools) => `${tools}: only on conditions.`,
  noTool: 'No tool is allowed.',
  needsNot: (needs) => `Do not use: ${needs}.`,
  list: (items) => items.join(' and '),
  needName: (need) => need.toUpperCase(),
};

const none: SummaryView = {
  use: [],
  allowed: [],
  conditionalShort: [],
  conditional: [],
  noTool: false,
  forbiddenNeeds: [],
};

describe('outcomeHeading', () => {
  it('names organisation, situation and information, in that order', () => {
    expect(
      outcomeHeading({ organisation: 'Region Hovedstaden', purpose: 'Videokonsultation', data: 'Helbredsoplysninger' }),
    ).toBe('Region Hovedstaden · Videokonsultation · Helbredsoplysninger');
  });

  it('tells every situation apart in every language: the short labels are distinct and filled in', () => {
    for (const locale of locales) {
      const { purpose, data } = messages[locale].Vocabulary;
      const purposes = purposeIds.map((id) => purpose[id].short);
      const datas = dataClassIds.map((id) => data[id].short);
      expect(new Set(purposes).size, `${locale} purposes`).toBe(purposeIds.length);
      expect(new Set(datas).size, `${locale} data classes`).toBe(dataClassIds.length);
      for (const label of [...purposes, ...datas]) expect(label.trim(), locale).not.toBe('');
    }
  });
});

describe('summarySentences', () => {
  it('says what to use, what else is allowed, what is conditional and which functions not to use, in that order', () => {
    const summary: SummaryView = {
      ...none,
      use: ['MinSP'],
      allowed: ['Teams', 'Zoom'],
      conditionalShort: [{ subject: 'medcom-meet', text: 'Meet only where MinSP is not possible' }],
      conditional: ['VDX'],
      forbiddenNeeds: ['chat', 'recording'],
    };
    expect(summarySentences(summary, phrases)).toEqual([
      'Use MinSP.',
      'Teams and Zoom may also be used.',
      'Meet only where MinSP is not possible.',
      'VDX: only on conditions.',
      'Do not use: CHAT and RECORDING.',
    ]);
  });

  it('says so when no tool may be used, and leaves out what is empty', () => {
    expect(summarySentences({ ...none, noTool: true }, phrases)).toEqual(['No tool is allowed.']);
  });

  it('makes one paragraph of the sentences for the description', () => {
    expect(outcomeDescription(['Use MinSP.', 'Do not use: CHAT.'])).toBe('Use MinSP. Do not use: CHAT.');
  });
});
