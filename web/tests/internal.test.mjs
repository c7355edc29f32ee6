// A trap in the engine (a panic: a bug) as the package's user sees it: an
// Error with code "internal" and the panic's message, never a bare
// WebAssembly.RuntimeError, and the next call works, on a fresh instance
// (the trapped one's memory may be inconsistent).
//
// The engine has no known panic, so one is made: the glue is loaded with
// WebAssembly.instantiate wrapped, so that its first instance's `lint`
// export gives back a buffer that was never lent, which the engine treats
// as the bug it is and panics on.
//
//   node --test web/tests/internal.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = join(repo, 'web/dist/pkg');
assert.ok(existsSync(join(pkg, 'dialogmote.js')), `no package in ${pkg}: run bash web/build.sh`);
const AS_OF = '2026-11-20';
const doc = 'format: dialogmote1/v1\n';

/** The glue, loaded afresh (a module of its own), its first instance's exports changed by `change`. */
async function withFirstInstance(tag, change) {
  const dm = await import(`${pathToFileURL(join(pkg, 'dialogmote.js'))}?${tag}`);
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const result = await instantiate(...args);
    // Only the engine's (Node's fetch compiles WebAssembly of its own).
    if (!args[1]?.dialogmote) return result;
    return { module: result.module, instance: { exports: change(result.instance.exports) } };
  };
  try {
    await dm.default();
  } finally {
    WebAssembly.instantiate = instantiate;
  }
  return dm;
}

test('a panic is an Error with code "internal" and its message, and the next call works on a fresh instance', async () => {
  let first;
  const dm = await withFirstInstance('panic', (exports) => {
    first = exports;
    return { ...exports, lint: () => exports.dealloc(7, 3) };
  });
  assert.throws(
    () => dm.lint(doc, { asOf: AS_OF }),
    (e) => {
      assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), `${e}`);
      assert.equal(e.code, 'internal');
      assert.match(e.message, /^dialogmote: internal error \(a bug\): panicked at .*: *\n?the glue gave back 3 bytes at 7, which were not lent$/s);
      assert.ok(e.cause instanceof WebAssembly.RuntimeError, 'the trap is the cause');
      return true;
    },
  );
  assert.ok(first.panic_len() > 0, 'the trapped instance kept the message');
  assert.equal(dm.lint(doc, { asOf: AS_OF }).path, '-', 'the next call works');
  const fresh = await dm.default();
  assert.notEqual(fresh, first, 'on a fresh instance');
  assert.equal(fresh.panic_len(), 0);
  // Everything works there, the limits as before.
  assert.equal(dm.maxBytes(), 8 * 1024 * 1024);
  assert.equal(dm.fix('format: dialogmote1/v1\nmeeting:\n  datee: 2026-11-16\n', { path: 'r.yaml' }), 'format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\n');
});

test('a trap without a panic (out of stack, out of memory) is "internal" too, with the trap\'s message', async () => {
  const dm = await withFirstInstance('overflow', (exports) => ({
    ...exports,
    explain: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
  }));
  assert.throws(() => dm.explain('DM801'), (e) => e.code === 'internal' && e.message === 'Maximum call stack size exceeded');
  assert.match(dm.explain('DM801', 'en'), /DM801/);
});

test('a function called before init says so', async () => {
  const dm = await import(`${pathToFileURL(join(pkg, 'dialogmote.js'))}?early`);
  assert.throws(() => dm.lint(doc, { asOf: AS_OF }), /call `await init\(\)` first/);
  await dm.default();
  assert.equal(dm.lint(doc, { asOf: AS_OF }).path, '-');
});
