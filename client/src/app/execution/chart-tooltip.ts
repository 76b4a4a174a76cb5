const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Tooltip HTML of a title and lines of text, every piece escaped: ECharts renders a formatter's
 * result as HTML, and agency and payee names come from loaded files.
 */
export function tooltipHtml(title: string, lines: readonly string[]): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
  return [`<strong>${escape(title)}</strong>`, ...lines.map(escape)].join('<br/>');
}
