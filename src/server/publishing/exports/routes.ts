import type { IdParams } from '../../../shared/common.ts';
import type { Parsed } from '../../../shared/contracts/contract.ts';
import { exportContracts as C } from '../../../shared/contracts/exports.ts';
import { serve, type HandlerInput, type AnyRoute } from '../../http/route.ts';
import type { DialogueAccess } from '../../policy/dialogue-access.ts';
import { getDialogueRecord } from '../../dialogues/get-dialogue-record.ts';
import { listMaterials } from '../../materials/read-material.ts';
import { clearedOnly } from '../generate/generate.ts';
import { minutes } from '../generate/minutes.ts';
import { recordCsv } from './csv.ts';
import { toDocx } from './docx.ts';
import { dialogueIcs } from '../../calendar/ics.ts';
import { toPdf } from './pdf.ts';

const tag = 'Exports';

/** The record as this reader may see it: an export never shows more than the page does. */
async function readerRecord(input: HandlerInput<Parsed<typeof IdParams>, unknown, unknown, DialogueAccess>) {
  return (await getDialogueRecord(input.deps, { actor: input.actor, access: input.dialogue })).record;
}

const attachment = (name: string) => `attachment; filename="${name}"`;
const fileName = (id: string, ext: string) => `dialogue-${id.slice(0, 8)}.${ext}`;

/** The minutes in one file format, written from the record as this reader may see it. */
const minutesRoute = (
  c: typeof C.minutesDocx | typeof C.minutesPdf,
  ext: 'docx' | 'pdf',
  what: string,
  type: string,
  render: (a: { title: string; body: string; language: string }) => Promise<Buffer>,
) =>
  serve(c, {
    action: 'dialogue.read',
    tag,
    dialogueParam: 'id',
    summary: `The minutes as ${what}, in a language, as the reader may see the record`,
    produces: type,
    handler: async (input) => {
      const record = clearedOnly(await readerRecord(input));
      // The materials this reader may open: all of them inside, the outside view otherwise.
      const tabled = await listMaterials(input.deps, { actor: input.actor, access: input.dialogue });
      const m = minutes(record, input.query.lang, input.deps.clock(), tabled);
      const body = await render({ ...m, language: m.writtenIn });
      return input.reply
        .type(type)
        .header('content-disposition', attachment(fileName(input.params.id, `minutes.${ext}`)))
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  });

export const exportRoutes: AnyRoute[] = [
  minutesRoute(
    C.minutesDocx,
    'docx',
    'a Word document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    toDocx,
  ),
  minutesRoute(C.minutesPdf, 'pdf', 'a PDF', 'application/pdf', toPdf),
  serve(C.recordJson, {
    action: 'dialogue.read',
    tag,
    dialogueParam: 'id',
    summary: 'The full record as a JSON file, as the reader may see it',
    produces: 'application/json',
    handler: async (input) =>
      input.reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment(fileName(input.params.id, 'record.json')))
        .header('cache-control', 'private, no-store')
        .send(JSON.stringify(await readerRecord(input), null, 2)),
  }),
  serve(C.recordCsv, {
    action: 'dialogue.read',
    tag,
    dialogueParam: 'id',
    summary: 'Statements and outcomes as CSV, one row each, as the reader may see them',
    produces: 'text/csv',
    handler: async (input) =>
      input.reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(fileName(input.params.id, 'record.csv')))
        .header('cache-control', 'private, no-store')
        .send(recordCsv(await readerRecord(input), input.query.lang)),
  }),
  serve(C.calendar, {
    action: 'dialogue.read',
    tag,
    dialogueParam: 'id',
    summary: "The dialogue as an iCalendar event (RFC 5545) in its host's time zone",
    produces: 'text/calendar',
    handler: async (input) => {
      // Always PUBLIC_URL (set in every configuration), never the Host a request names.
      const body = dialogueIcs(await readerRecord(input), input.query.lang, {
        url: `${input.deps.config.publicUrl}/dialogues/${input.params.id}`,
        now: new Date(),
      });
      return input.reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', attachment(fileName(input.params.id, 'ics')))
        .header('cache-control', 'private, no-store')
        .send(body);
    },
  }),
];
