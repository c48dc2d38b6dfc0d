import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasMojibake, repairMojibake } from './mojibake.ts';
import { decodeWindows1252 } from './windows-1252.ts';

test('common mis-decodings are repaired', () => {
  const cases: Array<[string, string]> = [
    ['donâ€™t', 'don’t'],
    ['â€œQuietâ€', '“Quiet”'.slice(0, -1) + 'â€'], // a lost final byte cannot be repaired, the rest is
    ['8 â€“ 10', '8 – 10'],
    ['2 kmÂ\u00A0away', '2 km\u00A0away'],
    ['SÃ£o TomÃ©', 'São Tomé'],
    ['Ã…land and ZÃ¼rich', 'Åland and Zürich'],
    ['costs Â£5', 'costs £5'],
  ];
  for (const [input, want] of cases) assert.equal(repairMojibake(input).text, want, input);
});

test('double mojibake is repaired in two passes', () => {
  const misread = (s: string) => decodeWindows1252(new TextEncoder().encode(s));
  const twice = misread(misread('’'));
  assert.equal(twice, 'Ã¢â‚¬â„¢');
  const r = repairMojibake(`it${twice}s`);
  assert.equal(r.text, 'it’s');
});

test('ordinary accented and typographic text is left alone', () => {
  const texts = [
    'Ça va? Émile Zola, São Paulo, Dvořák, Łódź — “quoted” ‘single’ … 5 °C',
    'ÂGE ÉTÉ: LES ÉLÈVES À L’ÉCOLE',
    'Hôtel Ãrbo', // Ã followed by an ordinary letter is not a UTF-8 lead+continuation pair
  ];
  for (const t of texts) {
    const r = repairMojibake(t);
    assert.equal(r.text, t);
    assert.equal(r.count, 0);
  }
  assert.equal(hasMojibake('Émile Zola'), false);
});

test('windows-1252 punctuation left as C1 controls is mapped back', () => {
  const r = repairMojibake('It\u0092s \u0093fine\u0094 \u0096 really');
  assert.equal(r.text, 'It’s “fine” – really');
  assert.equal(r.count, 4);
  assert.equal(repairMojibake('no controls here').count, 0);
});

test('a real letter followed by punctuation survives beside real mojibake', () => {
  const r = repairMojibake('Le cafÃ© ferme. «CAFÉ» à l’École, dit-il.');
  assert.equal(r.text, 'Le café ferme. «CAFÉ» à l’École, dit-il.');
  // Where the lead never stands alone, the run is mojibake and is repaired (Polish ł from Å‚).
  assert.equal(repairMojibake('SzkoÅ‚a, cafÃ©').text, 'Szkoła, café');
});
