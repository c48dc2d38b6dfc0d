import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText, nestingDepth, stripTags } from './html-to-text.ts';

test('block elements become paragraphs, br a line break, scripts vanish', () => {
  assert.equal(htmlToText('<h2>Update</h2><p>One <b>two</b></p><script>x()</script><p>three<br>four</p><ul><li>a</li><li>b</li></ul>'), 'Update\n\nOne two\n\nthree\nfour\n\na\n\nb');
});

test('nesting depth counts real nesting, not void or implicitly closed elements', () => {
  assert.equal(nestingDepth('<div><div><span>x</span></div></div>'), 3);
  assert.equal(nestingDepth('<p>a<p>b<p>c<br><img src=x><li>d'), 0);
  assert.equal(nestingDepth('<div><script>"<div><div><div>"</script></div>'), 1);
});

test('tag stripping keeps block breaks and decodes entities', () => {
  assert.equal(stripTags('<div>One &amp; <i>two</i></div><!-- c --><p>three</p><style>p{}</style>'), 'One & two\n\nthree');
});
