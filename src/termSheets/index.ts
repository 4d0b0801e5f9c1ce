/** The term's sheets (history, trends, review, flags, commendation) as pure grids, and the history's reader. */
export { type TermLayout } from "./cells";
export { HISTORY_SHEET, historyLayout, readHistory, type HistoryRead } from "./historySheet";
export { TRENDS_SHEET, trendsLayout } from "./trendsSheet";
export { reviewLayout, reviewSheetName } from "./reviewSheet";
export { FLAGS_SHEET, flagsLayout } from "./flagsSheet";
export { COMMEND_SHEET, commendLayout, type CommendList } from "./commendSheet";
export { dueReview, termLayouts, type TermOptions } from "./termLayouts";
