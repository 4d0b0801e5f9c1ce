export type {
  Comparator,
  DomainError,
  FieldValue,
  Period,
  PeriodKind,
  RawCell,
  Status,
  TargetResult,
  Text,
} from "./types";
export type {
  Choice,
  FieldDef,
  Framework,
  ProvinceRule,
  Target,
  TermTotal,
  UnitRule,
} from "./frameworkSchema";
export {
  defaultFramework,
  fieldOf,
  fieldIdsOf,
  findTarget,
  FrameworkError,
  loadFramework,
  normaliseTargetCode,
} from "./framework";
export { parseCell, parseSimpleCell, type ParseResult } from "./parseCell";
export { parseNumberText } from "./number";
export { parseReport, normaliseUnitCode, unreadableReport, type Report } from "./report";
export { compare, compareRate, parseComparator, percent } from "./compare";
export {
  closesPeriod,
  compiledTarget,
  compileTarget,
  evaluateReport,
  evaluateTarget,
  ruleInputs,
  unitShape,
  type CompiledTarget,
  type Inputs,
  type Values,
} from "./evaluate";
export { evaluateProvinceTarget, provinceShape, type ProvinceTargetResult } from "./province";
export { provinceThreshold } from "./provinceWords";
export { provinceSummary, provinceTotals, type ProvinceTotal } from "./provinceSummary";
export {
  consolidate,
  type Consolidation,
  type Duplicate,
  type Excluded,
  type RegistryUnit,
  type UnitRow,
} from "./consolidate";
export { PERIOD_KINDS, parsePeriod, periodChoices, periodKindLabel, periodText } from "./period";
export { provinceStatusText, statusLegend, statusMark, statusText } from "./statusText";
export {
  rawFromReportJson,
  reportFromJsonText,
  reportJsonProblems,
  reportJsonSchema,
  type ReportJson,
} from "./reportJson";
export { registryFromGrid } from "./registry";
export { dataWarnings, isoDay, type DataWarning } from "./warnings";
export { actualText, comparatorSymbol, formatDateVi, formatNumberVi, thresholdText } from "./present";
export { cellAddress, columnLetters, parseCellAddress } from "./address";
export {
  addToHistory,
  comparePeriods,
  consolidateHistory,
  historyOf,
  historyPeriods,
  periodId,
  reportOf,
  rowsOf,
  unitRows,
  type History,
  type HistoryChange,
  type HistoryRow,
  type PeriodConsolidation,
} from "./history";
export { trends, type TargetTrend, type Trends, type UnitPeriod, type UnitTrend } from "./trends";
export {
  buildReview,
  termValues,
  type Review,
  type ReviewBasis,
  type ReviewDisagreement,
  type YearlyTally,
} from "./review";
export {
  DEFAULT_FACTOR,
  mergeFlags,
  qualityFlags,
  type QualityFlag,
  type QualityFlagKind,
  type QualityOptions,
} from "./quality";
export { commendPeriod, commendTerm, targetScore, type RankedUnit, type TargetScore } from "./commend";
