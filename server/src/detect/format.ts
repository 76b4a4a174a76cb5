import Decimal from 'decimal.js';

/** Yuan with thousands separators and two decimals: 1234567.5 → "1,234,567.50", exactly (no float). */
export function yuanText(amount: string | number): string {
  const [integer = '0', fraction = '00'] = new Decimal(amount).toFixed(2).split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  return `${sign}${integer.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
