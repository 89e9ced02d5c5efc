import { AppLink } from '@/components/ui/AppLink';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { messages } from '@/lib/i18n/messages';
import { mainNavigation } from '@/lib/navigation';
import { ClientMessages } from '@/components/i18n/ClientMessages';
import { NavLinks } from './NavLinks';
import { LocaleLinks } from './LocaleLinks';
import { HeaderSearch } from '@/components/search/HeaderSearch';
import { basePath } from '@/lib/site';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <ClientMessages locale={locale} messages={['LocaleSwitcher.label', 'Nav']}>
      <header className="bg-brand-800 text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-3">
          <p className="m-0">
            <AppLink href={localePath(locale)} className="text-lg font-bold text-white no-underline hover:text-white">
              {t('name')}
            </AppLink>
            <span className="ml-3 hidden text-sm text-sky-100 sm:inline">{t('tagline')}</span>
          </p>
          <HeaderSearch locale={locale} action={`${basePath}${localePath(locale, 'search')}`} />
          <LocaleLinks
            current={locale}
            // Each language in its own words: "dansk", "svenska", "norsk (bokmål)".
            options={locales.map((l) => ({ locale: l, name: messages[l].Site.languageName }))}
          />
        </div>
        <div className="container-page pb-1">
          <NavLinks items={mainNavigation.map((n) => ({ href: localePath(locale, n.path), key: n.key }))} />
        </div>
      </header>
    </ClientMessages>
  );
}
