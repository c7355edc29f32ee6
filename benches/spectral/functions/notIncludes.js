const { at } = require('./_common.js');
module.exports = (root, opts) => {
  const v = at(root, opts.path);
  return Array.isArray(v) && v.includes(opts.value) ? [] : [{ message: `${opts.path.join('.')} lacks ${opts.value}` }];
};
