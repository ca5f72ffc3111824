import { useFormat } from '../../format';

/** Amounts arrive in minor units (integers); shown in the currency's own digits. */
export function useMoney() {
  const f = useFormat();
  return (minor: number, currency: string | null | undefined) => {
    if (!currency) return f.number(minor);
    const digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    return f.currency(minor / 10 ** digits, currency);
  };
}
