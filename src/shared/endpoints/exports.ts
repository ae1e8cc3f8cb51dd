import { endpoint } from '../contracts/contract.ts';

/** A dialogue's record as files, as the reader may see it (schemas: contracts/exports.ts). */
export const exportEndpoints = {
  minutesDocx: endpoint('exports.minutesDocx', 'GET', '/dialogues/:id/minutes.docx'),
  minutesPdf: endpoint('exports.minutesPdf', 'GET', '/dialogues/:id/minutes.pdf'),
  recordJson: endpoint('exports.recordJson', 'GET', '/dialogues/:id/record.json'),
  recordCsv: endpoint('exports.recordCsv', 'GET', '/dialogues/:id/record.csv'),
  calendar: endpoint('exports.calendar', 'GET', '/dialogues/:id/calendar.ics'),
};
