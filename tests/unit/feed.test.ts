import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/open-data/feed';

describe('htmlText', () => {
  it('escapes everything HTML would read as markup', () => {
    expect(htmlText('<script>alert("x")</script> & <b>粗体</b>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;粗体&lt;/b&gt;',
    );
    expect(htmlText("it's")).toBe('it&#39;s');
  });
  it('leaves ordinary Chinese text alone', () => {
    expect(htmlText('首问责任制，限时办结。')).toBe('首问责任制，限时办结。');
  });
});
