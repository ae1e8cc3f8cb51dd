import assert from 'node:assert/strict';
import { ml } from '../../src/shared/multilingual.ts';
import type { TestApp } from './app.ts';

/**
 * Convenes a dialogue through the API as the secretariat: a public videoconference in Russian and
 * English, "10:00 in Astana" on 15 April 2026 for two hours, unless `fields` say otherwise. Returns its id.
 */
export async function createDialogue(t: Pick<TestApp, 'call'>, fields: Record<string, unknown> = {}): Promise<string> {
  const res = await t.call('POST', '/api/v1/dialogues', {
    as: 'admin',
    body: {
      title: ml({ ru: 'Водные ресурсы', en: 'Water resources' }, 'ru'),
      format: 'videoconference',
      startsAt: { date: '2026-04-15', time: '10:00', zone: 'Asia/Almaty' },
      endsAt: { date: '2026-04-15', time: '12:00', zone: 'Asia/Almaty' },
      hostZone: 'Asia/Almaty',
      status: 'scheduled',
      confidentiality: 'public',
      languages: ['ru', 'en'],
      media: { kind: 'built_in' },
      convenerIds: [],
      referenceDocumentIds: [],
      ...fields,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return (res.json() as { id: string }).id;
}
