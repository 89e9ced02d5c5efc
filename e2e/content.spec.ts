import { test, expect } from '@playwright/test';
import { locales } from './support';

/** Key facts printed in each source: they must survive in every language version. */
const facts: Record<string, { path: string; facts: string[] }[]> = {
  '000': [
    {
      path: 'guidelines/region-hovedstaden/zoom-memo/',
      facts: [
        '3864 8080',
        '3532 3232',
        'ucph-ku',
        'Videnscenter for Dataanmeldelser',
        'Rigshospitalet',
        'ikm.ku.dk',
        'SSO',
        'Zoom',
        '2020',
      ],
    },
  ],
  '001': [
    {
      path: 'guidelines/region-hovedstaden/online-communication/',
      facts: [
        'meet.regionh.dk',
        'Pexip',
        'Softwareshoppen',
        'Chrome',
        'Edge',
        'Safari',
        'Internet Explorer',
        '72',
        'MedCom',
        'CIMT',
        'MinSP',
        'Teams',
        'GDPR',
      ],
    },
  ],
  '002': [
    {
      path: 'guidelines/region-halland/video-conferencing-routine/',
      facts: [
        'SITHS',
        '2021-07-06',
        '15 kap',
        'Visiba',
        'Cisco Jabber',
        'Compodium',
        'Acano',
        'GoToMeeting',
        'Google Meet',
        'Zoom',
        'ServiceDesk',
        'Teams',
      ],
    },
  ],
  '003': [
    {
      path: 'guidelines/lillehammer-kommune/video-meetings/',
      facts: [
        'nettvett.no',
        'confrere.com',
        'Geric',
        'eFeide',
        'Confrere',
        'Skype for Business',
        'VPN',
        'Fagenhet for Digitalisering og IT',
        'Direktoratet for e-helse',
        'Nasjonal sikkerhetsmyndighet',
      ],
    },
  ],
  '004': [
    {
      path: 'guidelines/danish-municipalities/screen-visits-introduction/',
      facts: ['Aalborg', 'VIVE', 'PA Consulting', 'KL'],
    },
    {
      path: 'guidelines/danish-municipalities/screen-visits-technical-setup/',
      facts: ['tjekditnet.dk', 'fe-ddis.dk', 'MDM', 'BYOD', 'Hjørring', 'Ikast-Brande', 'Cisco Jabber'],
    },
    {
      path: 'guidelines/danish-municipalities/screen-visits-market-overview/',
      facts: [
        'WhatsApp',
        'FaceTime',
        'Facebook Messenger',
        'Appinux',
        'VDX',
        'Tunstall',
        'KMD Nexus',
        'Viewcare',
        'VitaComm',
        'HejDoktor',
        'Shareplan',
        'NetDesign',
        'MedCom',
        'Zoom',
      ],
    },
    {
      path: 'guidelines/danish-municipalities/screen-visits-legal/',
      facts: ['ISAE 3402', 'ISO 27001', 'datatilsynet.dk', 'stil.dk', 'EU'],
    },
    { path: 'guidelines/danish-municipalities/screen-visits-journalising/', facts: ['Viborg', 'Holbæk', 'KMD Nexus'] },
  ],
};

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

for (const [source, pages] of Object.entries(facts)) {
  test(`source ${source}: its key facts appear in every language version`, async ({ request }) => {
    for (const { path, facts: wanted } of pages)
      for (const locale of locales) {
        const res = await request.get(`/${locale}/${path}`);
        expect(res.status()).toBe(200);
        const body = text(await res.text());
        const missing = wanted.filter((f) => !body.toLowerCase().includes(f.toLowerCase()));
        expect(missing, `/${locale}/${path} is missing`).toEqual([]);
      }
  });
}

const guidelinePaths = Object.values(facts).flatMap((p) => p.map((x) => x.path));

test('no OCR remnants in the rendered guideline pages', async ({ request }) => {
  const remnants =
    /\b\w*(lgsning|lasning|skeerm|skaerm|besgg|leverandgr|mgde|fglge|ggre|hgj|Igsning|tveer|udfgr|sgrg|gnske)\w*\b/gi;
  for (const locale of locales)
    for (const path of guidelinePaths) {
      const found = text(await (await request.get(`/${locale}/${path}`)).text()).match(remnants) ?? [];
      expect(found, `/${locale}/${path}`).toEqual([]);
    }
});

test('guideline pages carry hreflang alternates for all three languages and a self-canonical', async ({ request }) => {
  for (const locale of locales)
    for (const path of guidelinePaths) {
      const html = await (await request.get(`/${locale}/${path}`)).text();
      for (const other of locales)
        expect(html).toMatch(
          new RegExp(`<link rel="alternate" hrefLang="${other}" href="[^"]*/${other}/${path}"`, 'i'),
        );
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/${locale}/${path}"`));
    }
});

test('a page past its next review says it may be out of date', async ({ page }) => {
  await page.goto('/sv/guidelines/region-halland/video-conferencing-routine/');
  await expect(page.locator('[data-overdue]')).toBeVisible();
  await expect(page.locator('[data-metadata]')).toContainText('2021-07-06');
});

test('translations say so and link to the original', async ({ page }) => {
  await page.goto('/da/guidelines/region-halland/video-conferencing-routine/');
  await expect(
    page.locator('[data-metadata] a[href="/sv/guidelines/region-halland/video-conferencing-routine/"]'),
  ).toBeVisible();
});
