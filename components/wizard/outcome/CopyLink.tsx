import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

/**
 * "Copy link", server-rendered (no React in the browser). Without JavaScript the outcome's address
 * is shown in a read-only field to select and copy. With JavaScript, the `copy-link` module of the
 * site's script (public/) shows the button, adds the functions asked about (`?needs=`) to the field
 * and copies it, then says so in the status line. Contract (for that module):
 *   [data-copy-link]                       the block
 *   input[data-copy-link-url]              the canonical URL, absolute, without `?needs=`
 *   button[data-module="copy-link"]        hidden until the module unhides it;
 *                                          aria-controls = the field's id,
 *                                          data-copied = the confirmation text
 *   [data-copy-link-status]                empty live region (role="status") for that confirmation
 */
export async function CopyLink({ locale, url }: { locale: Locale; url: string }) {
  const t = await getTranslations({ locale, namespace: 'Wizard' });
  return (
    <div className="no-print mt-8" data-copy-link>
      <label htmlFor="copy-link-url" className="block text-xl font-bold">
        {t('copyLinkLabel')}
      </label>
      <p id="copy-link-hint" className="mt-1 text-slate-700">
        {t('copyLinkHint')}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="copy-link-url"
          type="text"
          readOnly
          value={url}
          aria-describedby="copy-link-hint"
          spellCheck={false}
          className="min-w-0 flex-1 rounded border-2 border-slate-500 p-2 font-mono text-base"
          data-copy-link-url
        />
        <button
          type="button"
          hidden
          className="button"
          aria-controls="copy-link-url"
          data-module="copy-link"
          data-copied={t('copyLinkCopied')}
        >
          {t('copyLinkButton')}
        </button>
      </div>
      <p role="status" className="mt-1 min-h-6 text-slate-700" data-copy-link-status />
    </div>
  );
}
