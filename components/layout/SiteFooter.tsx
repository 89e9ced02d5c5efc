import { AppLink } from '@/components/ui/AppLink';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { basePath } from '@/lib/site';
import { openDataPath } from '@/lib/open-data/paths';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-50 py-8 text-sm" data-pagefind-ignore="all">
      <div className="container-page space-y-2">
        <p>
          <AppLink href={localePath(locale, 'accessibility')}>{t('accessibility')}</AppLink>
        </p>
        <p>
          {/* A file, not a page: a plain link (docs/data.md). */}
          <a href={`${basePath}${openDataPath('index.json')}`} type="application/json">
            {t('openData')}
          </a>
        </p>
        <p>{t('contact')}</p>
        <p className="text-slate-700">{t('sources')}</p>
      </div>
    </footer>
  );
}
