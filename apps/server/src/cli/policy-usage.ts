// The policy commands' help: one home, so the command files never import each other for it.

/** The `charter policy …` lines of the usage text, printed by `charter` and after a usage error. */
export const POLICY_USAGE = `  policy export --app ID|NAME [--out FILE]
                                         write the app's policy as versioned JSON
  policy import --app ID|NAME FILE [--dry-run] [--prune]
                                         apply a policy file in one transaction (or show its diff)
  policy test FILE [--app ID|NAME]       run a permission-test fixture (exit 1 on a failure)
  policy lint --app ID|NAME              warn about rules and roles that are likely mistakes`;
