import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from './escape.js';
import { safeText, textTable } from './text-table.js';

test('escapeHtml neutralizes markup and attribute breakouts', () => {
  assert.equal(escapeHtml('<script>alert("x")</script>'), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  assert.equal(escapeHtml(`"'><img src=x onerror=alert(1)>`), '&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(escapeHtml('a & b `c`'), 'a &amp; b &#96;c&#96;');
  assert.equal(escapeHtml(null), '');
  assert.equal(escapeHtml(42), '42');
  assert.equal(escapeHtml('a\u001b[31mb\u0000c\nd'), 'a\uFFFD[31mb\uFFFDc\nd');
});

test('safeText removes terminal control sequences but keeps text', () => {
  assert.equal(safeText('\u001b[31mred\u001b[0m'), '�[31mred�[0m');
  assert.equal(safeText('tab\there'), 'tab\there');
  assert.equal(safeText('Łódź 東京'), 'Łódź 東京');
});

test('textTable aligns columns and cuts long cells', () => {
  const out = textTable(['a', 'bb'], [['x', 'y'], ['long value', 'z']], 6);
  assert.equal(out, 'a       bb\nx       y\nlong …  z\n');
});
