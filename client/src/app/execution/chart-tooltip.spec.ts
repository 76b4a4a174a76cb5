import { tooltipHtml } from './chart-tooltip';

describe('tooltipHtml', () => {
  it('puts the title in bold and the lines below it', () => {
    expect(tooltipHtml('临江市教育局', ['执行率 91.9%', '临江市'])).toBe('<strong>临江市教育局</strong><br/>执行率 91.9%<br/>临江市');
  });

  it('escapes markup in names', () => {
    expect(tooltipHtml('<img src=x onerror="x">', ["O'Brien & Co"])).toBe(
      '<strong>&lt;img src=x onerror=&quot;x&quot;&gt;</strong><br/>O&#39;Brien &amp; Co',
    );
  });
});
