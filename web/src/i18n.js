// The page's fixed texts, in bokmål, nynorsk and English. They live in the
// library's text catalogue (src/texts/web.rs), with every other text of the
// product; web/build.sh generates ./texts.js from it. The words of the form
// follow the guide (Dialogmøte 1 – gjennomføringsguide) and the labels the
// renderer uses, so the form and the printed referat say the same thing.
// Findings come from the engine, in the language asked for.

import { TABLE as T } from './texts.js';

export const LANGS = ['nb', 'nn', 'en'];

const INDEX = { nb: 0, nn: 1, en: 2 };

/** The text for `key` in `lang`, with `{name}` placeholders filled from `args`. */
export function t(key, lang, args) {
  const row = T[key];
  if (!row) throw new Error(`no text ${key}`);
  let s = row[INDEX[lang] ?? 0];
  if (args) for (const [k, v] of Object.entries(args)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** Every key, for the test that each has three non-empty texts. */
export const KEYS = Object.keys(T);
export const TABLE = T;
