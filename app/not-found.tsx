import { locales, defaultLocale } from '@/lib/i18n/routing';
import { messages } from '@/lib/i18n/messages';
import { basePath } from '@/lib/site';

// A static host serves one 404.html for every language, so it speaks all three.
export default function NotFound() {
  return (
    <html lang={defaultLocale}>
      <head>
        <title>{`404 – ${messages[defaultLocale].NotFound.title}`}</title>
      </head>
      <body className="p-8">
        <main id="main" className="mx-auto max-w-2xl space-y-8">
          {locales.map((l) => (
            <section key={l} lang={l} aria-labelledby={`nf-${l}`}>
              {l === defaultLocale ? (
                <h1 id={`nf-${l}`} className="text-2xl font-bold">
                  404 – {messages[l].NotFound.title}
                </h1>
              ) : (
                <h2 id={`nf-${l}`} className="text-xl font-bold">
                  {messages[l].NotFound.title}
                </h2>
              )}
              <p>
                {messages[l].NotFound.body}{' '}
                <a href={`${basePath}/${l}/`} hrefLang={l}>
                  {messages[l].Site.name}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
