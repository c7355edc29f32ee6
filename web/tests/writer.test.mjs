// The page's YAML writer (web/src/doc.js) against the engine's own reader:
// whatever text is typed into the form, the YAML the page writes reads back
// as the same text (a lone surrogate, which no file can hold, as U+FFFD).
// A property test over random strings with a fixed seed, so a failure is
// reproducible: run it again and the same strings come.
//
//   node --test web/tests/writer.test.mjs      (after bash web/build.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toYaml, scalar, wellFormed } from '../src/doc.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = join(repo, 'web/dist/pkg');
assert.ok(existsSync(join(pkg, 'dialogmote.js')), `no package in ${pkg}: run bash web/build.sh`);
const dm = await import(join(pkg, 'dialogmote.js'));
await dm.default({ module_or_path: readFileSync(join(pkg, 'dialogmote_bg.wasm')) });

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters a person may type or paste, and every kind YAML treats apart.
const POOLS = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x1f], // C0 controls, tab, line feed, carriage return
  [0x7f, 0x9f], // DEL and the C1 controls (U+0085 is a YAML line break)
  [0xa0, 0x17f], // Latin-1 and Latin Extended-A (æøå, no-break space, soft hyphen)
  [0x2000, 0x206f], // Unicode spaces, zero-width characters, U+2028/U+2029, bidi controls
  [0xd800, 0xdfff], // surrogate halves: alone, or now and then a pair
  [0xfeff, 0xfeff], // byte order mark
  [0xfff0, 0xffff], // specials and the non-characters U+FFFE, U+FFFF
];
const SPECIAL = ['"', "'", '\\', '#', ':', ': ', ' #', '-', ' -', '- ', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '~', 'null', 'yes', 'Nei', '2026-11-16', '1e3', '0x1F', ' ', '\t', '\r\n', '😀', 'Kari Nordmann'];

function randomString(rnd) {
  const n = Math.floor(rnd() * 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.3) {
      s += SPECIAL[Math.floor(rnd() * SPECIAL.length)];
    } else {
      const [lo, hi] = POOLS[Math.floor(rnd() * POOLS.length)];
      s += String.fromCharCode(lo + Math.floor(rnd() * (hi - lo + 1)));
    }
  }
  return s;
}

/** The value the page would hold with `s` typed into fields, list items and (unknown) keys. */
function documentWith(s, t) {
  return {
    format: 'dialogmote1/v1',
    meeting: { date: '2026-11-16', location: s },
    participants: [{ role: 'arbeidstaker', name: t, function: s }],
    conclusion: { actions: [{ what: t, owner: s }] },
    referat: { author: t, recipients: [s, t, 'nav'] },
    x_extra: { [s]: [t, [s, t]], nested: [[t]] },
  };
}

/** What the engine should read back: the same, with lone surrogates as U+FFFD. */
function expected(v) {
  if (typeof v === 'string') return wellFormed(v);
  if (Array.isArray(v)) return v.map(expected);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), expected(x)]));
  return v;
}

test('every string typed into the form reads back the same through the engine (3,000 random strings, seed 23)', () => {
  const rnd = random(23);
  const broken = [];
  for (let i = 0; i < 3000; i++) {
    const s = randomString(rnd);
    const t = randomString(rnd);
    const value = documentWith(s, t);
    const yaml = toYaml(value, 'Referat fra dialogmøte');
    const read = dm.parse(yaml, { path: 'referat.yaml' });
    // The writer adds the fields of the form that were left out (as null):
    // compare the ones that were set.
    const picked = (v) => v && [
      v.meeting?.location,
      v.participants?.[0]?.name,
      v.participants?.[0]?.function,
      v.conclusion?.actions?.[0]?.what,
      v.conclusion?.actions?.[0]?.owner,
      v.referat?.author,
      v.referat?.recipients,
      v.x_extra,
    ];
    try {
      assert.deepStrictEqual(picked(read), picked(expected(value)));
    } catch {
      broken.push([s, t]);
    }
  }
  const show = broken.slice(0, 5).map(([s, t]) => JSON.stringify(s) + ' ' + JSON.stringify(t)).join('\n');
  assert.equal(broken.length, 0, `${broken.length} of 3000 pairs did not read back, e.g.\n${show}`);
});

test('the writer escapes what YAML cannot hold raw, and nothing is lost of a character pair', () => {
  for (const c of ['\u007f', '\u0085', '\u0090', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff']) {
    const y = scalar(`a${c}b`);
    assert.ok(!y.includes(c), `${JSON.stringify(c)} written raw: ${y}`);
    assert.equal(dm.parse(`v: ${y}\n`).v, `a${c}b`);
  }
  assert.equal(scalar('x\ud800y'), '"x\ufffdy"');
  assert.equal(scalar('😀 \udc00'), '"😀 \ufffd"');
  assert.equal(dm.parse(`v: ${scalar('smil 😀')}\n`).v, 'smil 😀');
});
