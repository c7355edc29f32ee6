const { } = require('./_common.js');
module.exports = (root, opts) => {
  const ps = root && root.participants;
  const list = Array.isArray(ps) ? ps : [];
  const found = list.some((p) => p && p.role === opts.role && (opts.attended === undefined || p.attended === opts.attended));
  return found ? [] : [{ message: `no participant with role ${opts.role}`, path: ['participants'] }];
};
