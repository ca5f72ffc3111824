import { useTranslation } from 'react-i18next';

/** Dates, numbers and durations formatted for the language in use (Intl). */
export function useFormat() {
  const { i18n, t } = useTranslation();
  const locale = i18n.language;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  return {
    locale,
    dateTime: (value: string | null | undefined) => (value ? dateTime.format(new Date(value)) : '—'),
    number: (value: number) => number.format(value),
    currency: (value: number, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value),
    /** Time left until `due` ("in 3 h", "2 days ago"), the sign telling overdue. */
    timeLeft: (due: string | null | undefined) => {
      if (!due) return '—';
      const ms = new Date(due).getTime() - Date.now();
      const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      const abs = Math.abs(ms);
      if (abs < 3_600_000) return rtf.format(Math.round(ms / 60_000), 'minute');
      if (abs < 172_800_000) return rtf.format(Math.round(ms / 3_600_000), 'hour');
      return rtf.format(Math.round(ms / 86_400_000), 'day');
    },
    overdueLabel: (due: string | null | undefined) =>
      due && new Date(due).getTime() < Date.now() ? t('common.overdue') : null,
  };
}
