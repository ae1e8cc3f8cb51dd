/**
 * Reads one address `readers` at a time for `seconds`, in a process of its own, and reports the
 * rate: the record's readers are not the meeting's listeners, so they must not share their event loop.
 */
const { url, cookie, readers, seconds } = JSON.parse(process.argv[2]!) as {
  url: string;
  cookie: string;
  readers: number;
  seconds: number;
};
const read = async () => {
  const res = await fetch(url, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`record read answered ${res.status}`);
  await res.arrayBuffer();
};
// The steady state is measured: the first read may build the record and compress it.
await read();
let done = 0;
const start = performance.now();
const until = start + seconds * 1000;
await Promise.all(
  Array.from({ length: readers }, async () => {
    while (performance.now() < until) {
      await read();
      done += 1;
    }
  }),
);
process.send!({ perSecond: done / ((performance.now() - start) / 1000) });
process.exit(0);
