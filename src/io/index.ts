// Reading the analyst's files: parsing, data quality, safe CSV export.
export {parseTable, parseJsonTable, parseDelimited, detectDelimiter, stripBom, checkText, typeColumns, cleanColumnNames, isMissing, fileKind, acceptedExtensions, TableError} from "./parseTable.js";
export type {Table, Cell, FileKind, ParseTableOptions} from "./parseTable.js";
export {profileTable, defaultFeatures} from "./dataQuality.js";
export type {TableQuality, ColumnQuality} from "./dataQuality.js";
export {csvSafe, csvSafeCell, tableFingerprint} from "./csvSafe.js";
export {pythonScript} from "./pythonScript.js";
export type {ScriptSpec, ScriptMethod} from "./pythonScript.js";
export {sparkScript} from "./sparkScript.js";
export type {SparkMethod} from "./sparkScript.js";
