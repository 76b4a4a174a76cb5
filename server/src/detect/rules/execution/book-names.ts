/** The four budget books (预算类型) as the explanations name them. */
export const BOOK_NAMES: Record<string, { zh: string; en: string }> = {
  GPB: { zh: '一般公共预算', en: 'general public budget' },
  GFB: { zh: '政府性基金预算', en: 'government fund budget' },
  SCB: { zh: '国有资本经营预算', en: 'state capital operations budget' },
  SIF: { zh: '社会保险基金预算', en: 'social insurance fund budget' },
};

export const bookName = (book: string): { zh: string; en: string } => BOOK_NAMES[book] ?? { zh: book, en: book };
