// Transliteration keys on invented names: each variant class the issue lists gives one key, and
// names that differ in a real letter keep different keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldPart, keyParts, looseNameKey, nameParts, translitKey } from './translit-key.ts';

function sameKey(...names: string[]): void {
  const keys = names.map((n) => translitKey(n));
  assert.ok(keys[0] !== '', `empty key for ${names[0]}`);
  for (let i = 1; i < names.length; i++) assert.equal(keys[i], keys[0], `${names[i]} vs ${names[0]}`);
}

test('diacritics are folded', () => {
  sameKey('Šarović Ëndel', 'Sarovic Endel', 'Šarovič Endel');
});

test('hyphens, spaces and no separator give one key', () => {
  sameKey('Amir-Vessani', 'Amirvessani', 'Amir Vessani');
  sameKey('Brin Holm-Ostrava', 'Brin Holmostrava', 'Brin Holm Ostrava');
});

test('apostrophes of any kind are dropped', () => {
  sameKey("Ma'arif Dunn", 'Maarif Dunn', 'Ma’arif Dunn', 'Maʼarif Dunn');
});

test('doubled letters count once', () => {
  sameKey('Kallinen Porro', 'Kalinen Poro', 'Kallinnen Porro');
});

test('vowel variation o/u, e/i and y/i', () => {
  sameKey('Tomavar', 'Tumavar');
  sameKey('Terevan', 'Tirivan', 'Terivan');
  sameKey('Seyran Dask', 'Siran Dask');
});

test('consonant spellings w/v, ph/f, ck/k', () => {
  sameKey('Wolkan', 'Volkan');
  sameKey('Philemar', 'Filemar');
  sameKey('Brackin', 'Brakin');
});

test('particles al/ul/el, the -o- connector and "and" are left out', () => {
  sameKey('Jund al-Vesh', 'Jund ul-Vesh', 'Jund el-Vesh', 'Jund-al-Vesh', 'Jund Vesh');
  sameKey('Khar-o-Dan', 'Khar Dan');
  sameKey('Mosul and Dara', 'Mosul Dara');
});

test('a particle glued to a given name is split off when a surname follows', () => {
  sameKey('Nasirul Hamd', 'Nasir-ul-Hamd', 'Nasir ul Hamd');
  // A lone word ending in those letters is left alone (no second part follows).
  assert.equal(translitKey('Kabul'), 'kabul');
});

test('different names keep different keys', () => {
  const distinct = ['Marek Dostal', 'Marta Dostal', 'Dostal', 'Marek Dostan', 'Ilsa Varro', 'Ilsa Barro', 'Karn'];
  const keys = new Set(distinct.map((n) => translitKey(n)));
  assert.equal(keys.size, distinct.length, [...keys].join(' '));
});

test('dropPlural folds a trailing plural s of the last part, not a double s', () => {
  assert.equal(translitKey('Harbor Guards', true), translitKey('Harbor Guard', true));
  assert.notEqual(translitKey('Harbor Guards'), translitKey('Harbor Guard'));
  assert.equal(translitKey('Vask Pass', true), translitKey('Vask Pass'));
});

test('parts are lowercased, folded and without particles', () => {
  assert.deepEqual(nameParts("Dakar al-Vessid O'Neel"), ['dakar', 'vessid', 'oneel']);
  assert.deepEqual(keyParts('Dakar al-Vessid'), ['dakar', 'visid']);
  assert.equal(foldPart('phillipp'), 'filip');
  // Memoized results are shared, so they must not be modifiable.
  assert.throws(() => (keyParts('Dakar al-Vessid') as string[]).push('x'));
});

test('the loose full-name key joins g/h, hard c/k, ts/c, z/s, kh/h, j/y/i and -iy endings, and nothing else', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  assert.equal(loose('Olha Hrynko'), loose('Olga Grinko'));
  assert.equal(loose('Dmitriy Kovets'), loose('Dmitri Kovec'));
  assert.equal(loose('Yuri Khalov'), loose('Juri Halov'));
  // Initial Y-/J-/E- and z/s in a surname; hard c/k in either part.
  assert.equal(loose('Timur Yelzanov'), loose('Timur Jelsanov'));
  assert.equal(loose('Timur Elzanov'), loose('Timur Jelsanov'));
  assert.equal(loose('Clara Corbin'), loose('Klara Korbin'));
  assert.equal(loose('Hector Dravin'), loose('Hektor Dravin'));
  assert.notEqual(translitKey('Olha Hrynko'), translitKey('Olga Grinko'), 'the strict key keeps them apart');
  // A c that stands for ts is not a k; tz/cz/ts still meet c.
  assert.notEqual(loose('Petra Lucic'), loose('Petra Lukik'));
  assert.equal(loose('Petra Lucic'), loose('Petra Lutsic'));
  assert.notEqual(loose('Marek Kalas'), loose('Marek Kalan'));
  assert.notEqual(loose('Marek Dostal'), loose('Marta Dostal'));
  assert.notEqual(loose('Ilsa Varro'), loose('Teodor Varro'));
  assert.notEqual(loose('Olha Hrynko'), loose('Olha Hrynkova'));
  // The -i ending is folded on longer given names only, never on surnames.
  assert.notEqual(loose('Anna Velani'), loose('Anna Vellann'));
  assert.notEqual(loose('Sami Orr'), loose('Sam Orr'));
});

test('the loose key reads the ch, sh, shch and zh clusters of each spelling convention as one sound', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  const same = (...names: string[]): void => {
    for (const n of names.slice(1)) assert.equal(loose(n), loose(names[0]), `${n} vs ${names[0]}`);
  };
  // ch: English ch, French tch, German tsch, Hungarian cs, Polish cz, Czech č.
  same('Ivo Chermak', 'Ivo Tchermak', 'Ivo Tschermak', 'Ivo Csermak', 'Ivo Czermak', 'Ivo Čermak');
  same('Lida Morachek', 'Lida Moratchek', 'Lida Moraczek', 'Lida Moraček');
  // sh: English sh, German sch, Polish sz, Czech š; zh: German sch, Czech ž, English zh.
  same('Ruta Shelvin', 'Ruta Schelvin', 'Ruta Szelvin', 'Ruta Šelvin');
  same('Oleg Zhardin', 'Oleg Žardin', 'Oleg Schardin');
  // shch: English shch, Polish szcz, German schtsch, Czech šč (before a front vowel: a Czech č
  // before a, u, l or r has lost its mark and reads as the hard c of "Clara").
  same('Vera Boshchin', 'Vera Boszczin', 'Vera Boschtschin', 'Vera Boščin');
  // With the earlier folds: ye/je/e and the -ij / -y surname endings.
  same('Yelena Tchorny', 'Jelena Czornyj', 'Elena Chorniy');
});

test('the cluster folds keep different names apart', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  const apart = (a: string, b: string): void => assert.notEqual(loose(a), loose(b), `${a} vs ${b}`);
  apart('Ivo Chermak', 'Ivo Kermak');
  apart('Ivo Chermak', 'Ivo Hermak');
  apart('Ivo Chermak', 'Ivo Termak');
  apart('Ruta Shelvin', 'Ruta Helvin');
  apart('Vera Boshchuk', 'Vera Bochuk');
  apart('Ivo Chermak', 'Ida Chermak');
  apart('Ivo Chermak', 'Ivo Chermakova');
  apart('Lida Morachek', 'Lida Morashek');
});

test('the loose key reads a surname\'s initial Ya- as Ye- (and so Je-), only after a written Y and only in surnames', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  const same = (...names: string[]): void => {
    for (const n of names.slice(1)) assert.equal(loose(n), loose(names[0]), `${n} vs ${names[0]}`);
  };
  const apart = (a: string, b: string): void => assert.notEqual(loose(a), loose(b), `${a} vs ${b}`);
  same('Bogdan Yeshchuvak', 'Bogdan Jeszczuwak', 'Bogdan Yashchuvak');
  same('Ilko Yaremanov', 'Ilko Yeremanov');
  // J- is also a Germanic spelling, where Ja- and Je- are two names; given names are not folded.
  apart('Tomas Jalberg', 'Tomas Jelberg');
  apart('Yana Korvik', 'Yena Korvik');
  // Only the a/e of the first syllable, and only at the start.
  apart('Ilko Yoremanov', 'Ilko Yeremanov');
  apart('Ilko Varamanov', 'Ilko Veremanov');
  apart('Ilko Yas', 'Ilko Yes');
});

test('the loose key reads x as ks and a final -off as -ov', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  assert.equal(loose('Maxim Tarlov'), loose('Maksim Tarlov'));
  assert.equal(loose('Ivan Dorganoff'), loose('Ivan Dorganov'));
  assert.equal(loose('Ivan Dorganoff'), loose('Iwan Dorganow'));
  assert.notEqual(loose('Ivan Dorganif'), loose('Ivan Dorganiv'), 'only after o');
  assert.notEqual(loose('Ivan Kofan'), loose('Ivan Kovan'), 'only a final f');
  assert.notEqual(loose('Maxim Tarlov'), loose('Makim Tarlov'));
});

test('the loose key reads a given name\'s final -er after a consonant as -r ("Aleksandr" / "Alexander")', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  assert.equal(loose('Alexander Tarlov'), loose('Aleksandr Tarlov'));
  assert.equal(loose('Peter Novak'), loose('Petr Novak'));
  assert.notEqual(loose('Ivo Tarlover'), loose('Ivo Tarlovr'), 'never in a surname');
  assert.notEqual(loose('Alexander Tarlov'), loose('Alexandra Tarlov'));
});

test('the loose key reads the last vowel of a longer given name, a or e, as one ("Muhammad" / "Mohammed")', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  assert.equal(loose('Muhammad Varesh'), loose('Mohammed Varesh'));
  assert.equal(loose('Ahmad Varesh'), loose('Ahmed Varesh'));
  assert.notEqual(loose('Ahmad Varesh'), loose('Ahmad Varush'), 'never in a surname');
  assert.notEqual(loose('Jan Varesh'), loose('Jen Varesh'), 'not in a short given name');
  assert.notEqual(loose('Marina Varesh'), loose('Marine Varesh'), 'not a final vowel');
});

test('letters Unicode does not decompose are read as written without their mark', () => {
  sameKey('Wałdor Sønnik', 'Waldor Sonnik');
  sameKey('Kırsan Dalıç', 'Kirsan Dalic');
  sameKey('Đorven', 'Djorven');
  sameKey('Æskel Straßner', 'Aeskel Strassner');
  assert.notEqual(translitKey('Wałdor'), translitKey('Wadlor'));
});

test('the loose key reads the yo of a Slavic name after a consonant as e, not at a word\'s end', () => {
  const loose = (n: string): string => looseNameKey(keyParts(n));
  // A rail spokesman and a plant director named in English, German, Polish and Czech reports.
  for (const n of ['Pjotr Tarlyov', 'Piotr Tarljow', 'Petr Tarlev']) assert.equal(loose(n), loose('Pyotr Tarlyov'), n);
  assert.equal(loose('Fyodor Semyanov'), loose('Fedor Semyanov'));
  // A final -iu is a name of its own ("Liu" is not "Li"); a yu opening a name is left alone.
  assert.notEqual(loose('Wen Liu'), loose('Wen Li'));
  assert.notEqual(loose('Yuri Tarlov'), loose('Uri Tarlov'));
});
