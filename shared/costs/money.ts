/** An amount in the card's currency, formatted the way that currency is written (whole units). */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // An unknown code still shows the figure.
    return `${currency} ${Math.round(amount).toLocaleString(locale)}`;
  }
}

/** A rate in the card's currency: cents shown when it is under 10 (a GB of storage, of egress). */
export function formatRate(amount: number, currency: string, locale = 'en'): string {
  if (amount >= 10) return formatMoney(amount, currency, locale);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString(locale)}`;
  }
}
