/**
 * A background loop that runs `step` until it reports no more work, then sleeps `intervalMs`.
 * `stop()` waits for the step in flight, so a worker never touches a database being closed.
 */
export function startPollingLoop(
  step: () => Promise<boolean>,
  options: { intervalMs: number; onError?: (error: unknown) => void; startNow?: boolean },
) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const schedule = () => {
    timer = setTimeout(() => {
      running = tick();
    }, options.intervalMs);
    // A background loop alone must not keep the process alive (the HTTP server does that).
    timer.unref();
  };
  const tick = async () => {
    try {
      while (!stopped && (await step())) {}
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) schedule();
  };
  if (options.startNow) running = tick();
  else schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
