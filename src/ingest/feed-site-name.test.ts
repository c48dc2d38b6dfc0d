import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedSiteName } from './feed-site-name.ts';

test("a feed title's tagline or section is not part of the outlet's name, on either side", () => {
  assert.equal(feedSiteName('Skelby Coast Courier – Local news'), 'Skelby Coast Courier');
  assert.equal(feedSiteName('Top stories | Skelby Coast Courier'), 'Skelby Coast Courier');
  assert.equal(feedSiteName('Fellgate Ledger - Region'), 'Fellgate Ledger');
});

test('a feed title without a tagline, or with a hyphenated name, is kept whole', () => {
  assert.equal(feedSiteName('Skelby Coast Courier'), 'Skelby Coast Courier');
  assert.equal(feedSiteName('Anglo-Nordic Wire'), 'Anglo-Nordic Wire');
  assert.equal(feedSiteName('Local news'), 'Local news');
});
