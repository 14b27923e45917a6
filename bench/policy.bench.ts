// Point decisions per second: Charter's compiled plans vs @casl/ability, same rule, same process, same run.
// Also: plan compilation cold vs cached, a field-mask check, and a list filter compiled to SQL.
// Usage: npm run bench:policy   env: N (checks per timed run, default 1e6), RUNS (default 5, median shown)
import { AbilityBuilder, createMongoAbility, subject } from '@casl/ability';
import {
  buildPrincipal,
  createPolicyEngine,
  type Principal,
  type RuleSet,
  renderSql,
} from '../packages/policy/src/index.js';
import { recruitmentSchema } from '../packages/policy/test/fixtures/recruitment.js';

const N = Number(process.env.N ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 5);

const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const users = Array.from({ length: 20 }, (_, i) => uuid(i + 1));
const me = users[0] as string;

// The recruitment read rule: read positions you are the hiring manager of; id, title and manager only.
const ruleSet: RuleSet = {
  version: 'bench',
  roles: [
    {
      key: 'hiringManager',
      name: 'Hiring Manager',
      internal: true,
      builder: false,
      allData: false,
      rights: [],
    },
  ],
  collections: { positions: { restricted: true } },
  rules: [
    {
      id: 'hm-read',
      kind: 'grant',
      name: 'Hiring managers read their positions',
      collection: 'positions',
      to: { roles: ['hiringManager'] },
      actions: ['read'],
      condition: 'record.hiringManager == user.id',
      fields: { read: ['fld_pos_title', 'fld_pos_hm'] },
    },
  ],
};
const engine = createPolicyEngine({ schema: recruitmentSchema, ruleSet });
const principalFor = (id: string): Principal => buildPrincipal({ id, roles: ['hiringManager'] }, ruleSet);
const principal = principalFor(me);

function abilityFor(userId: string) {
  const { can, build } = new AbilityBuilder(createMongoAbility);
  can('read', 'Position', ['id', 'title', 'hiring_manager'], { hiring_manager: userId });
  return build();
}
const ability = abilityFor(me);

// 1000 plain objects; the hiring manager is spread over 20 users, so 5% are "mine".
const caslObjects = Array.from({ length: 1000 }, (_, i) => ({
  id: i + 1,
  title: `Position ${i + 1}`,
  salary: 50_000 + i,
  hiring_manager: users[i % 20],
}));
const records = Array.from({ length: 1000 }, (_, i) => ({
  id: uuid(10_000 + i),
  title: `Position ${i + 1}`,
  salary: 50_000 + i,
  hiringManager: users[i % 20],
}));
const caslSubjects = caslObjects.map((o) => subject('Position', o));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/** Ops per second (median of RUNS), after a warm-up; prints one line. */
function timeIt(label: string, n: number, fn: (n: number) => number): number {
  fn(Math.min(n, 100_000));
  const rates: number[] = [];
  let result = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    result = fn(n);
    rates.push(n / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  const m = median(rates);
  const perOp = 1e9 / m;
  const unit = perOp >= 1000 ? `${(perOp / 1000).toFixed(2)} µs/op` : `${perOp.toFixed(0)} ns/op`;
  console.log(
    `${label.padEnd(70)} ${(m / 1e6).toFixed(2).padStart(7)} M/s ${unit.padStart(13)}  (result ${result})`,
  );
  return m;
}

console.log(`node ${process.version}, N=${N}, RUNS=${RUNS} (median shown)`);
const caslRate = timeIt("CASL ability.can('read', subject('Position', obj))", N, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++) if (ability.can('read', caslSubjects[i % 1000] as never)) allowed++;
  return allowed;
});
const plan = engine.planAccess(principal, 'read', 'positions');
const compiled = engine.compile(plan);
const charterRate = timeIt('Charter compiled plan: allows(record)', N, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++) if (compiled.allows(records[i % 1000] as never)) allowed++;
  return allowed;
});
const withLookupRate = timeIt('Charter planAccess (cached) + allows(record)', N, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++)
    if (engine.compile(engine.planAccess(principal, 'read', 'positions')).allows(records[i % 1000] as never))
      allowed++;
  return allowed;
});
const caslMaskRate = timeIt("CASL ability.can('read', subject, 'salary')  [field denied]", N, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++) if (ability.can('read', caslSubjects[i % 1000] as never, 'salary')) allowed++;
  return allowed;
});
const maskRate = timeIt("Charter fieldAccessible(record, 'salary')  [field denied]", N, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++) if (compiled.fieldAccessible(records[i % 1000] as never, 'salary')) allowed++;
  return allowed;
});
const maskTitleRate = timeIt("Charter allows + fieldAccessible(record, 'title')", N, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i % 1000] as never;
    if (compiled.allows(r) && compiled.fieldAccessible(r, 'title')) allowed++;
  }
  return allowed;
});
let coldIndex = 0;
const coldPrincipals = Array.from({ length: 200_000 }, (_, i) => principalFor(uuid(1_000_000 + i)));
const coldRate = timeIt('planAccess cold (new user: fold, simplify, masks)', 20_000, (n) => {
  let where = 0;
  for (let i = 0; i < n; i++)
    if (
      engine.planAccess(coldPrincipals[coldIndex++ % coldPrincipals.length] as Principal, 'read', 'positions')
        .kind === 'where'
    )
      where++;
  return where;
});
const cachedRate = timeIt('planAccess cached (same principal object)', N, (n) => {
  let where = 0;
  for (let i = 0; i < n; i++) if (engine.planAccess(principal, 'read', 'positions').kind === 'where') where++;
  return where;
});
// Each request builds its own principal object, so the identity fast path misses and the shared cache
// is looked up by the terms that matter. Alternating two objects measures exactly that path.
const twoObjects = [principalFor(me), principalFor(me)];
const cachedKeyRate = timeIt('planAccess cached (another principal object, same terms)', N, (n) => {
  let where = 0;
  for (let i = 0; i < n; i++)
    if (engine.planAccess(twoObjects[i & 1] as Principal, 'read', 'positions').kind === 'where') where++;
  return where;
});
const perRequestRate = timeIt('buildPrincipal + planAccess + allows  [one request]', 200_000, (n) => {
  let allowed = 0;
  for (let i = 0; i < n; i++) {
    const p = principalFor(me);
    if (engine.compile(engine.planAccess(p, 'read', 'positions')).allows(records[i % 1000] as never))
      allowed++;
  }
  return allowed;
});
const caslBuildRate = timeIt('CASL abilityFor(userId) + first can()  [per-request ability]', 100_000, (n) => {
  let k = 0;
  for (let i = 0; i < n; i++)
    if (abilityFor(users[i % 20] as string).can('read', caslSubjects[(i * 7) % 1000] as never)) k++;
  return k;
});
const listRate = timeIt('compileListQuery(filter, sort, search, limit) + renderSql', 50_000, (n) => {
  let length = 0;
  for (let i = 0; i < n; i++) {
    const query = engine.compileListQuery(principal, 'positions', {
      filter: 'record.title.startsWith("Pos") && record.hiringManager != null',
      sort: '-title',
      limit: 50,
    });
    length += renderSql(query.sql).text.length;
  }
  return length;
});
const sample = engine.compileListQuery(principal, 'positions', {
  filter: 'record.title.startsWith("Pos")',
  sort: '-title',
  limit: 50,
});
console.log(`SQL: ${renderSql(sample.sql).text}`);

const ratio = charterRate / caslRate;
console.log(
  `Charter / CASL point decisions: ${ratio.toFixed(2)}x (target ≥ 2x); cached plan lookup ${(1e6 / cachedRate).toFixed(3)} µs (target ≤ 1 µs)`,
);
const round = (x: number, d = 3) => Number(x.toFixed(d));
console.log(
  JSON.stringify({
    node: process.version,
    casl_checks_per_s: Math.round(caslRate),
    charter_checks_per_s: Math.round(charterRate),
    ratio_vs_casl: round(ratio, 2),
    charter_checks_with_plan_lookup_per_s: Math.round(withLookupRate),
    casl_field_check_per_s: Math.round(caslMaskRate),
    charter_field_check_per_s: Math.round(maskRate),
    charter_row_and_field_check_per_s: Math.round(maskTitleRate),
    plan_cold_us: round(1e6 / coldRate),
    plan_cached_us: round(1e6 / cachedRate),
    plan_cached_other_principal_object_us: round(1e6 / cachedKeyRate),
    per_request_build_principal_plan_and_check_us: round(1e6 / perRequestRate),
    casl_build_ability_us: round(1e6 / caslBuildRate),
    list_query_compile_us: round(1e6 / listRate),
  }),
);
