// Shared helpers: "empty" as the catalogue defines it, and strict dates.
function at(root, path) {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[k];
  }
  return v;
}
function empty(v) {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object' && !(v instanceof Date)) return Object.keys(v).length === 0;
  return false;
}
function day(v) {
  if (v instanceof Date) return Math.round(v.getTime() / 86400000);
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const t = Date.parse(v + 'T00:00:00Z');
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) return null;
  return Math.round(t / 86400000);
}
module.exports = { at, empty, day };
