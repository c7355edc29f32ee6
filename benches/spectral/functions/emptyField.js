const { empty } = require('./_common.js');
module.exports = (item, opts) => (item && typeof item === 'object' && empty(item[opts.field]) ? [{ message: `${opts.field} is empty` }] : []);
