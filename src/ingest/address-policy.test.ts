import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPrivateAddress } from './address-policy.ts';

test('loopback, private, link-local, unique-local, unspecified and mapped addresses are refused', () => {
  const blocked = [
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255', '198.18.0.1',
    '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:192.168.0.1', '::127.0.0.1',
    '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', '[::1]', '2001:db8::1', 'not-an-ip',
  ];
  for (const a of blocked) assert.equal(isPrivateAddress(a), true, a);
});

test('public addresses are allowed', () => {
  const open = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:0808:0808::1'];
  for (const a of open) assert.equal(isPrivateAddress(a), false, a);
});
