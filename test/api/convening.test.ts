import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../src/server/app.ts';
import { users } from '../../src/server/db/schema.ts';
import { testConfig } from '../../src/server/config.ts';
import { orgId, personId } from '../../src/server/demo/directory-data.ts';
import { JOB_HANDLERS } from '../../src/server/jobs/handlers.ts';
import { runDueJobs } from '../../src/server/jobs/worker.ts';
import { ml } from '../../src/shared/multilingual.ts';
import { BACKENDS } from '../support/databases.ts';
import { mailbox } from '../support/mailbox.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/** The iCalendar attachment of a message, unfolded, as name → value (the first of each). */
function ics(mail: ParsedMail): Record<string, string> {
  const file = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  assert.ok(file, `${mail.subject} carries a calendar file`);
  const lines = file.content
    .toString('utf8')
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const out: Record<string, string> = {};
  for (const line of lines) {
    const [name, ...rest] = line.split(':');
    const key = name!.split(';')[0]!;
    if (key === 'DTSTART' && !line.startsWith('DTSTART;TZID')) continue; // the VTIMEZONE's own
    if (!(key in out)) out[key] = key === 'DTSTART' ? line : rest.join(':');
  }
  return out;
}

for (const backend of BACKENDS) {
  describe(`convening: invitations over SMTP, answers by link, reminders (${backend})`, () => {
    let t: TestApp;
    let box: Awaited<ReturnType<typeof mailbox>>;
    let now = new Date('2026-04-01T08:00:00Z');
    const dialogues: Record<string, string> = {};
    const links = new Map<string, string>();

    before(async () => {
      box = await mailbox();
      t = await startTestApp(backend, {
        clock: () => now,
        config: { smtpUrl: box.url, publicUrl: 'https://dialogue.example' },
      });
      // The invitees here have no account: one who has (the participant client stands for kaziss) is
      // invited at its address instead (test/accounts/bindings.test.ts).
      await t.deps.db.update(users).set({ personId: null }).where(eq(users.email, 'participant@test.example'));
      for (const [key, startsAt] of [
        ['after', '2026-04-15T04:00:00Z'],
        ['before', '2024-02-15T04:00:00Z'],
      ] as const) {
        const res = await t.call('POST', '/api/v1/dialogues', {
          as: 'admin',
          body: {
            title: ml({ en: `Water round (${key})`, ru: `Водный раунд (${key})` }, 'en'),
            format: 'videoconference',
            startsAt,
            endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
            hostZone: 'Asia/Bishkek',
            status: 'scheduled',
            confidentiality: 'public',
            languages: ['en'],
            media: { kind: 'built_in' },
            convenerIds: [],
            referenceDocumentIds: [],
          },
        });
        assert.equal(res.statusCode, 201, res.body);
        dialogues[key] = res.json().id;
      }
      for (const key of ['after', 'before']) {
        // A dialogue that has ended invites no one (test/ops/invitation-race.test.ts): the 2024 round's
        // invitations go out half an hour before it began, too late for its reminders.
        now = new Date(key === 'before' ? '2024-02-15T03:30:00Z' : '2026-04-01T08:00:00Z');
        for (const [person, email] of [
          ['kaziss', 'kz@example.org'],
          ['isrs', 'uz@example.org'],
        ] as const) {
          const res = await t.call('POST', `/api/v1/dialogues/${dialogues[key]}/invitations`, {
            as: 'admin',
            body: { personId: personId(person), organizationId: orgId(person), role: 'delegate', email },
          });
          assert.equal(res.statusCode, 201, res.body);
        }
      }
      now = new Date('2026-04-01T08:00:00Z');
      // The requests only rang the courier: the messages arrive after they returned.
      for (const mail of await box.waitFor(4))
        links.set(
          `${mail.subject}|${(mail.to as { text: string }).text}`,
          /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text!)![1]!,
        );
    });
    after(async () => {
      await t.close();
      await box.close();
    });
    const mailTo = (round: string, email: string) =>
      box.received.find(
        (m) => m.subject === `Invitation: Water round (${round})` && (m.to as { text: string }).text === email,
      )!;
    const token = (round: string, email: string) => links.get(`Invitation: Water round (${round})|${email}`)!;

    test("each invitee gets a calendar request: UID, SEQUENCE, DTSTART in the host's zone, the organizer", () => {
      assert.equal(box.received.length, 4);
      const cal = ics(mailTo('after', 'kz@example.org'));
      assert.equal(cal.METHOD, 'REQUEST');
      assert.equal(cal.UID, `dialogue-${dialogues.after}@expert-dialogue`);
      assert.equal(cal.SEQUENCE, '0');
      assert.equal(cal.DTSTART, 'DTSTART;TZID=Asia/Bishkek:20260415T100000');
      assert.equal(cal.ORGANIZER, 'mailto:no-reply@test.example');
      assert.match(cal.ATTENDEE!, /mailto:kz@example\.org$/);
    });

    test("times show in the host's zone and in each invitee's, before and after Kazakhstan moved to UTC+5", () => {
      // Zones are named by their city. Bishkek is UTC+6 throughout; Almaty was UTC+6 until 1 March 2024 and UTC+5 since; Tashkent is UTC+5.
      const when = (round: string, email: string) =>
        mailTo(round, email)
          .text!.split('\n')
          .find((l) => l.startsWith('When:'))!;
      assert.match(when('after', 'kz@example.org'), /10:00 \(Bishkek\).*09:00 \(Astana, Almaty\)/);
      assert.match(when('before', 'kz@example.org'), /10:00 \(Bishkek\).*10:00 \(Astana, Almaty\)/);
      assert.match(when('after', 'uz@example.org'), /10:00 \(Bishkek\).*09:00 \(Tashkent\)/);
      assert.match(when('before', 'uz@example.org'), /10:00 \(Bishkek\).*09:00 \(Tashkent\)/);
      const expires = mailTo('after', 'kz@example.org')
        .text!.split('\n')
        .find((l) => l.startsWith('The link works once'))!;
      assert.match(expires, /until .*\d\d:\d\d \(Astana, Almaty\)/, "the link's end names its zone too, by its city");
    });

    test('a link answers once; a used or expired link gets a clear page and changes nothing', async () => {
      const invitationOf = async (round: string, person: string) =>
        (await t.call('GET', `/api/v1/dialogues/${dialogues[round]}/participants`, { as: 'admin' }))
          .json()
          .items.find((p: { personId: string }) => p.personId === personId(person)).invitation as string;
      const link = `/invitations/${token('after', 'kz@example.org')}`;
      const page = await t.call('GET', link);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Water round \(after\)/);
      assert.match(page.body, /<button class="button-primary" name="response" value="accepted">Accept<\/button>/);
      const answer = await t.fastify.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'response=accepted',
      });
      assert.equal(answer.statusCode, 200, answer.body);
      assert.equal(await invitationOf('after', 'kaziss'), 'accepted', 'the organizer sees the answer');

      const again = await t.fastify.inject({
        method: 'POST',
        url: link,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'response=declined',
      });
      assert.equal(again.statusCode, 410);
      assert.match(again.body, /already been used\. Nothing was changed/);
      assert.equal(await invitationOf('after', 'kaziss'), 'accepted');
      const api = await t.call('POST', `/api/v1${link}`, { body: { response: 'declined' } });
      assert.equal(api.statusCode, 409);
      assert.equal(api.json().errors[0].code, 'invitation_used');

      // Inviting again: someone who accepted keeps their answer; an open invitation's earlier link dies.
      const reinvite = (person: string, email: string) =>
        t.call('POST', `/api/v1/dialogues/${dialogues.after}/invitations`, {
          as: 'admin',
          body: { personId: personId(person), organizationId: orgId(person), role: 'delegate', email },
        });
      const accepted = await reinvite('kaziss', 'kz@example.org');
      assert.equal(accepted.statusCode, 409, accepted.body);
      assert.equal(accepted.json().errors[0].code, 'already_accepted');
      assert.equal(await invitationOf('after', 'kaziss'), 'accepted');
      const stale = token('after', 'uz@example.org');
      assert.equal((await reinvite('isrs', 'uz@example.org')).statusCode, 201);
      await box.waitFor(5); // the new link's message, sent by the courier, before the tests that count messages
      const voided = await t.call('GET', `/invitations/${stale}`);
      assert.equal(voided.statusCode, 410, 'the earlier link opens nothing');
      assert.equal(await invitationOf('after', 'isrs'), 'invited');

      now = new Date('2026-04-15T06:01:00Z'); // after the dialogue ended: the links have expired
      const late = await t.call('GET', `/invitations/${token('after', 'uz@example.org')}`);
      assert.equal(late.statusCode, 410);
      assert.match(late.body, /expired\. Nothing was changed/);
      assert.equal(await invitationOf('after', 'isrs'), 'invited');
      assert.equal((await t.call('GET', '/invitations/not-a-token-of-ours-at-all')).statusCode, 404);
      now = new Date('2026-04-01T08:00:00Z');
    });

    test("the scheduling helper shows each invitee's local time and flags evenings and weekends", async () => {
      const at = (iso: string) =>
        t.call('GET', `/api/v1/dialogues/${dialogues.after}/schedule?at=${encodeURIComponent(iso)}`, { as: 'admin' });
      const working = (await at('2026-04-15T04:00:00Z')).json();
      const kz = working.invitees.find((i: { personId: string }) => i.personId === personId('kaziss'));
      assert.deepEqual(
        [kz.zone, kz.local, kz.outsideWorkingHours, kz.weekend],
        ['Asia/Almaty', '2026-04-15T09:00', false, false],
      );
      const early = (await at('2026-04-15T02:30:00Z')).json();
      assert.ok(
        early.invitees.every((i: { outsideWorkingHours: boolean }) => i.outsideWorkingHours),
        '07:30 in Almaty and Tashkent',
      );
      const saturday = (await at('2026-04-18T05:00:00Z')).json();
      assert.ok(saturday.invitees.every((i: { weekend: boolean; weekday: number }) => i.weekend && i.weekday === 6));
      assert.equal((await at('not a time')).statusCode, 400);
      assert.equal(
        (await t.call('GET', `/api/v1/dialogues/${dialogues.after}/schedule`, { as: 'member' })).statusCode,
        403,
      );
    });

    test('a change of time is sent again with SEQUENCE raised; a cancellation sends METHOD:CANCEL', async () => {
      const before = box.received.length;
      const d = (await t.call('GET', `/api/v1/dialogues/${dialogues.before}`, { as: 'admin' })).json().dialogue;
      const moved = await t.call('PATCH', `/api/v1/dialogues/${dialogues.before}`, {
        as: 'admin',
        body: { version: d.version, startsAt: '2024-02-16T04:00:00Z', endsAt: '2024-02-16T06:00:00Z' },
      });
      assert.equal(moved.statusCode, 200, moved.body);
      const updates = (await box.waitFor(before + 2)).slice(before);
      assert.equal(updates.length, 2);
      for (const u of updates) {
        const cal = ics(u);
        assert.equal(cal.METHOD, 'REQUEST');
        assert.equal(cal.SEQUENCE, '1');
        assert.equal(cal.DTSTART, 'DTSTART;TZID=Asia/Bishkek:20240216T100000');
        assert.equal(cal.UID, `dialogue-${dialogues.before}@expert-dialogue`);
      }
      const gone = await t.call('DELETE', `/api/v1/dialogues/${dialogues.before}`, { as: 'admin' });
      assert.equal(gone.statusCode, 204, gone.body);
      const cancels = (await box.waitFor(before + 4)).slice(before + 2);
      assert.equal(cancels.length, 2);
      assert.deepEqual(
        cancels.map((c) => [ics(c).METHOD, ics(c).SEQUENCE]),
        [
          ['CANCEL', '2'],
          ['CANCEL', '2'],
        ],
      );
    });

    test('a reminder scheduled before a restart is sent exactly once after it', async () => {
      const before = box.received.length;
      now = new Date('2026-04-14T04:00:00Z'); // 24 hours before the start
      const restarted = await buildApp(testConfig({ smtpUrl: box.url }), t.database, { clock: () => now });
      assert.equal(await runDueJobs(restarted.deps, JOB_HANDLERS), 1);
      assert.equal(await runDueJobs(restarted.deps, JOB_HANDLERS), 0);
      assert.equal(await runDueJobs(t.deps, JOB_HANDLERS), 0, 'another instance finds nothing left to do');
      const reminders = (await box.waitFor(before + 2)).slice(before);
      await restarted.fastify.close();
      assert.equal(box.received.length, before + 2, 'two couriers heard the bell; each reminder went once');
      assert.deepEqual(
        reminders.map((m) => m.subject),
        ['Tomorrow: Water round (after)', 'Tomorrow: Water round (after)'],
      );
      assert.deepEqual(reminders.map((m) => (m.to as { text: string }).text).sort(), [
        'kz@example.org',
        'uz@example.org',
      ]);
    });
  });
}
