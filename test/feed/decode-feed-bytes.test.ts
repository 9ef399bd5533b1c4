import { expect } from '@open-wc/testing';
import { decodeFeedBytes } from '../../src/feed/decode-feed-bytes.js';

/** ASCII text and raw byte values, joined into one byte array. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return new Uint8Array(parts.flatMap((part) => (typeof part == 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
}

// "Привіт" in windows-1251 and "Привет" in KOI8-R.
const PRYVIT_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xb3, 0xf2];
const PRIVET_KOI8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];

describe('decodeFeedBytes', () => {
  it('reads UTF-8 when nothing says otherwise', () => {
    expect(decodeFeedBytes(new TextEncoder().encode('<rss>Привіт</rss>'))).to.equal('<rss>Привіт</rss>');
  });

  it('takes the charset of the Content-Type header', () => {
    expect(decodeFeedBytes(bytes('<t>', PRYVIT_1251, '</t>'), 'text/xml; charset="Windows-1251"')).to.equal('<t>Привіт</t>');
    expect(decodeFeedBytes(bytes(PRIVET_KOI8), 'application/rss+xml;charset=koi8-r')).to.equal('Привет');
  });

  it('takes the encoding of the XML declaration when the header has no charset', () => {
    const xml = bytes(`<?xml version="1.0" encoding="windows-1251"?>\n<t>`, PRYVIT_1251, '</t>');
    expect(decodeFeedBytes(xml, 'application/xml')).to.equal('<?xml version="1.0" encoding="windows-1251"?>\n<t>Привіт</t>');
    expect(decodeFeedBytes(bytes(`<?xml version='1.0' encoding='KOI8-R' ?><t>`, PRIVET_KOI8, '</t>'), null)).to.match(/<t>Привет<\/t>$/);
  });

  it('lets the header outrank the XML declaration', () => {
    const xml = bytes(`<?xml version="1.0" encoding="koi8-r"?><t>`, PRYVIT_1251, '</t>');
    expect(decodeFeedBytes(xml, 'text/xml; charset=windows-1251')).to.match(/<t>Привіт<\/t>$/);
  });

  it('follows a byte-order mark and drops it', () => {
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], '<rss/>'), 'text/xml; charset=windows-1251')).to.equal('<rss/>');
    expect(decodeFeedBytes(bytes([0xff, 0xfe, 0x3c, 0, 0x1f, 0x04, 0x3e, 0]))).to.equal('<П>');
    expect(decodeFeedBytes(bytes([0xfe, 0xff, 0, 0x3c, 0x04, 0x1f, 0, 0x3e]))).to.equal('<П>');
  });

  it('falls back to UTF-8 for an unknown label', () => {
    const utf8 = new TextEncoder().encode('<t>Привіт</t>');
    expect(decodeFeedBytes(utf8, 'text/xml; charset=no-such-charset')).to.equal('<t>Привіт</t>');
    const declared = bytes('<?xml version="1.0" encoding="x-bogus"?><t>', [0xd0, 0x9f], '</t>');
    expect(decodeFeedBytes(declared)).to.match(/<t>П<\/t>$/);
  });

  it('ignores an encoding mentioned after the XML declaration', () => {
    const xml = bytes('<rss><title>encoding="windows-1251"</title><t>', [0xd0, 0x9f], '</t></rss>');
    expect(decodeFeedBytes(xml)).to.contain('<t>П</t>');
  });
});
