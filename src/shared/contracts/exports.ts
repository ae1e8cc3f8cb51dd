import { z } from 'zod';
import { IdParams } from '../common.ts';
import { exportEndpoints as at } from '../endpoints/exports.ts';
import { LanguageTag } from '../multilingual.ts';
import { contract } from './contract.ts';
import { DialogueRecord } from './dialogue-record.ts';

/** The language an export is written in (its headings, dates, the translation of each text). */
export const ExportQuery = z.strictObject({ lang: LanguageTag.default('en') });

/** The files answer themselves (their media types are the server's `produces`); the JSON file is the record. */
export const exportContracts = {
  minutesDocx: contract(at.minutesDocx, { params: IdParams, query: ExportQuery }),
  minutesPdf: contract(at.minutesPdf, { params: IdParams, query: ExportQuery }),
  recordJson: contract(at.recordJson, { params: IdParams, response: DialogueRecord }),
  recordCsv: contract(at.recordCsv, { params: IdParams, query: ExportQuery }),
  calendar: contract(at.calendar, { params: IdParams, query: ExportQuery }),
};
