const { at, empty } = require('./_common.js');
module.exports = (root, opts) => (empty(at(root, opts.path)) ? [{ message: `${opts.path.join('.')} is empty` }] : []);
