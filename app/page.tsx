import type { Metadata } from 'next';
import { locales, defaultLocale } from '@/lib/i18n/routing';
import { messages } from '@/lib/i18n/messages';
import { basePath } from '@/lib/site';
import { preferredLocaleScript } from '@/lib/i18n/preferred-locale';
import { pageMetadata } from '@/lib/i18n/social';

const names = locales.map((l) => messages[l].Site.name).join(' · ');
// A pasted link to the bare address previews in all three languages, with the default one's image.
export const metadata: Metadata = pageMetadata({
  locale: defaultLocale,
  path: '/',
  title: names,
  description: locales.map((l) => messages[l].Site.tagline).join(' · '),
  siteName: names,
  imageAlt: `${messages[defaultLocale].Site.name}: ${messages[defaultLocale].Site.tagline}`,
});

/**
 * `/` must work on a static host without middleware: a meta refresh to the default language,
 * links to all three, and (with JavaScript) a jump to the visitor's preferred language first.
 */
export default function RootPage() {
  const target = `${basePath}/${defaultLocale}/`;
  return (
    <html lang={defaultLocale}>
      <head>
        {/* The site's own, not Next's: scripts/strip-runtime.mjs keeps a script marked data-site-script. */}
        <script data-site-script="" dangerouslySetInnerHTML={{ __html: preferredLocaleScript(basePath) }} />
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
      </head>
      <body className="p-8">
        <main id="main">
          <h1 className="text-2xl font-bold">{messages[defaultLocale].Site.name}</h1>
          <ul className="mt-4 space-y-2">
            {locales.map((l) => (
              <li key={l} lang={l}>
                <a href={`${basePath}/${l}/`} hrefLang={l}>
                  {messages[l].Site.name} – {messages[l].Site.languageName}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
