const { at, day } = require('./_common.js');
module.exports = (root, opts) => {
  const a = day(at(root, opts.from));
  const b = day(at(root, opts.to));
  if (a === null || b === null) return [];
  return b - a > opts.max ? [{ message: `${b - a} days late` }] : [];
};
