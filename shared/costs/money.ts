/** An amount in the card's currency, formatted the way that currency is written (whole units). */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // An unknown code still shows the figure.
    return `${currency} ${Math.round(amount).toLocaleString(locale)}`;
  }
}
