import { BOOK_VALUES } from '../ingest/feeds/common-columns';

const BOOK_NAMES_EN: Record<keyof typeof BOOK_VALUES, string> = {
  GPB: 'general public budget',
  GFB: 'government fund budget',
  SCB: 'state capital operations budget',
  SIF: 'social insurance fund budget',
};

/** A budget book (预算类型) as explanations name it: the Chinese label of the feed contract and English. */
export function bookName(book: string): { zh: string; en: string } {
  return book in BOOK_VALUES
    ? { zh: BOOK_VALUES[book as keyof typeof BOOK_VALUES][0], en: BOOK_NAMES_EN[book as keyof typeof BOOK_VALUES] }
    : { zh: book, en: book };
}
