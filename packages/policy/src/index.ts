// The Charter permission engine (DESIGN.md §4-§5). Pure: no I/O, no clock, no environment.

export type { AstNode, BinaryOp, LiteralType } from './cel/ast.js';
export { DEFAULT_LIMITS, type ExpressionLimits } from './cel/limits.js';
export { parseCondition } from './cel/parse-condition.js';
export { printCondition } from './cel/print-condition.js';
export { SUPPORTED_FUNCTIONS } from './check/check-calls.js';
export {
  type CheckContext,
  type CheckedCondition,
  type CheckResult,
  checkCondition,
  tryCheckCondition,
} from './check/check-condition.js';
export { checkUserCondition, evaluateUserCondition } from './check/check-user-condition.js';
export type { Expr, Value } from './check/ir.js';
export { type FieldUse, rulesUsingAttribute, rulesUsingField } from './check/rules-using-field.js';
export type { CheckMode } from './check/scope.js';
export {
  attributesReadBy,
  fieldsReadBy,
  toDisplayCondition,
  toStoredCondition,
} from './check/stored-condition.js';
export { type RuleIssue, type RuleSetValidation, validateRuleSet } from './check/validate-rule-set.js';
export {
  checkCreate,
  checkRow,
  checkUpdate,
  type Decision,
  readableFields,
} from './compile-js/check-payload.js';
export { type CompiledPlan, compilePlan, type Now } from './compile-js/compile-plan.js';
export { relationPaths } from './compile-js/relation-paths.js';
export {
  AGGREGATE_FUNCTIONS,
  type AggregateFunction,
  type AggregateQuery,
  canGroupBy,
  canLabel,
  canMeasure,
  canSeriesBy,
  type Grouping,
  type Measure,
  TIME_UNITS,
  type TimeUnit,
} from './compile-sql/aggregate-query.js';
export { compileFieldMask, compileWhere } from './compile-sql/compile-where.js';
export { type CursorValues, decodeCursor, encodeCursor } from './compile-sql/cursor.js';
export { type SqlTag, toSqlTag } from './compile-sql/kysely.js';
export {
  compileCountQuery,
  compileListQuery,
  type ListQuery,
  type ListQueryOptions,
  type SortKey,
} from './compile-sql/list-query.js';
export { schemaDdl } from './compile-sql/schema-ddl.js';
export type { FilterMode, SqlCompileOptions } from './compile-sql/sql-context.js';
export {
  ident,
  joinSql,
  quoteIdent,
  type RenderedSql,
  raw,
  renderSql,
  renderSqlForDisplay,
  type Sql,
  sql,
} from './compile-sql/sql-fragment.js';
export {
  POLICY_ERROR_CODES,
  PolicyError,
  type PolicyErrorCode,
  type PolicyErrorData,
  type SourcePosition,
} from './errors.js';
export type { Explanation, RecordTrace, RuleTrace, UnitTrace } from './explain/explain.js';
export { printExpr } from './explain/print-expr.js';
export { type ConstantTruth, constantTruth } from './lint/constant-condition.js';
export { type LintInput, lintPolicy } from './lint/lint-policy.js';
export { LINT_CODES, type LintCode, type LintWarning } from './lint/types.js';
export {
  type AppUserInput,
  anonymousPrincipal,
  buildPrincipal,
  type Principal,
} from './model/principal.js';
export {
  ACTIONS,
  type Action,
  AUDIENCES,
  type Audience,
  type CollectionSettings,
  type DataGate,
  type FieldConditionRule,
  type GrantRule,
  type GuardRule,
  isRestricted,
  missingGateRight,
  type RoleDef,
  type Rule,
  type RuleSet,
  type RuleTarget,
} from './model/rule-set.js';
export {
  type CollectionDef,
  FIELD_TYPES,
  type FieldDef,
  type FieldType,
  isManyLink,
  isSingleLink,
  type JunctionDef,
  type Schema,
  SYSTEM_FIELDS,
  sqlColumnType,
  type TableRef,
  type UserAttributeDef,
} from './model/schema.js';
export {
  BUILTIN_USER_MEMBERS,
  type CollectionIndex,
  indexSchema,
  type SchemaIndex,
} from './model/schema-index.js';
export {
  type AccessMatrix,
  accessMatrix,
  FIELD_ACTIONS,
  type MatrixCell,
  type MatrixFieldCell,
  type MatrixReason,
  type MatrixRow,
  type MatrixState,
} from './plan/access-matrix.js';
export { type AccessPlan, type Bypass, type FieldMask, isAlways, type PlanKind } from './plan/access-plan.js';
export type { RuleDiagnostic } from './plan/compile-rules.js';
export {
  type AggregateRequest,
  createPolicyEngine,
  type ListRequest,
  PolicyEngine,
  type PolicyEngineOptions,
  parseSort,
} from './plan/policy-engine.js';
