/** A jscodeshift transform that changes nothing: jscodeshift's own cost on a tree (bench/monorepo.ts). */
/* global module */
module.exports = function noop() {
  return undefined;
};
