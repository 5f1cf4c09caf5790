/**
 * Jest's order, except that the role matrix runs last among the integration
 * suites: after it, the explorer's "create an organisation" end-to-end test
 * fails (the editing panel empties after the save; reproduce with
 * ORDER=role-matrix,explorer-editing and this file's sort). The cause, some
 * state the matrix leaves in the shared database, is not found yet; until it
 * is, no suite runs after it.
 */
const Sequencer = require("@jest/test-sequencer").default;

class RoleMatrixLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const last = (t) => (t.path.includes("role-matrix") ? 1 : 0);
    return [...sorted].sort((a, b) => last(a) - last(b));
  }
}

module.exports = RoleMatrixLast;
