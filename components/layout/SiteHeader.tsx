import { AppLink } from '@/components/ui/AppLink';
import { getTranslations } from 'next-intl/server';
import { locales, type Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { messages } from '@/lib/i18n/messages';
import { mainNavigation } from '@/lib/navigation';
import { NavLinks } from './NavLinks';
import { LocaleLinks } from './LocaleLinks';
import { HeaderSearch } from '@/components/search/HeaderSearch';
import { basePath } from '@/lib/site';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <header className="bg-brand-800 text-white">
      <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-3">
        <p className="m-0">
          <AppLink href={localePath(locale)} className="text-lg font-bold text-white no-underline hover:text-white">
            {t('Site.name')}
          </AppLink>
          <span className="ml-3 hidden text-sm text-sky-100 sm:inline">{t('Site.tagline')}</span>
        </p>
        <HeaderSearch
          action={`${basePath}${localePath(locale, 'search')}`}
          label={t('Search.label')}
          submit={t('Search.submit')}
          shortcut={t('Search.shortcut')}
        />
        <LocaleLinks
          label={t('LocaleSwitcher.label')}
          current={locale}
          options={locales.map((l) => ({ locale: l, name: messages[l].Site.languageName }))}
        />
      </div>
      <div className="container-page pb-1">
        <NavLinks
          label={t('Nav.label')}
          items={mainNavigation.map((n) => ({ href: localePath(locale, n.path), label: t(`Nav.${n.key}`) }))}
        />
      </div>
    </header>
  );
}
