/**
 * What an interrupted run (Ctrl-C, kill, a closed terminal) must undo before it ends: temporary
 * files of unfinished outputs, a progress bar that hid the cursor.
 *
 * The signals are listened to only while there is something to undo. A listener keeps the signal
 * from ending the process until JavaScript runs it, and HiGHS holds the thread for the whole solve
 * (up to plan's --time-limit): with a listener always installed, Ctrl-C during a solve waited for
 * the solve to end. Without one, the signal ends the run at once, as it does any program.
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const CLEANUPS = new Set<() => void>()

function onSignal(signal: NodeJS.Signals): void {
  const cleanups = [...CLEANUPS]
  CLEANUPS.clear()
  stopListening()
  for (const cleanup of cleanups) {
    try {
      cleanup()
    } catch {
      // One cleanup that fails (a file already gone) does not keep the others from running.
    }
  }
  // No listener is left: the signal now ends the process as it would have without them.
  process.kill(process.pid, signal)
}

function stopListening(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal)
}

/**
 * Runs `cleanup` if the run is interrupted before the returned function is called; that function
 * forgets it (the work it undoes is done). Cleanups run synchronously, in no set order.
 */
export function onInterrupt(cleanup: () => void): () => void {
  if (CLEANUPS.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal)
  CLEANUPS.add(cleanup)
  return () => {
    if (!CLEANUPS.delete(cleanup)) return
    if (CLEANUPS.size === 0) stopListening()
  }
}

/** Runs every pending cleanup now and forgets them, as an interruption would (without ending the process). */
export function runInterruptCleanups(): void {
  const cleanups = [...CLEANUPS]
  CLEANUPS.clear()
  stopListening()
  for (const cleanup of cleanups) cleanup()
}

/** How many signal listeners this module holds now (one per signal while a cleanup is pending); for tests. */
export function interruptListenerCount(): number {
  return process.listeners('SIGINT').filter((l) => l === onSignal).length
}
