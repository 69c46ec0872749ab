// Fills storage.session to its quota for real, for the tests that check what the background does
// when a tab's report cannot be stored (tests/e2e/background.test.ts in Chromium,
// tests/e2e-firefox/restart.test.ts in Firefox). Both browsers enforce the same 10 MB
// (`storage.session.QUOTA_BYTES`; checked in Firefox 153, which turns a write past it down with a
// QuotaExceededError though it does not expose the constant) and both give extension pages the
// promise-based `chrome.storage.session`, so the one function runs in either.

/** `chrome.storage.session` as the function below uses it. */
declare const chrome: {
  storage: {
    session: {
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
};

/**
 * Runs in an extension context (passed to `evaluate`, so it must use nothing from outside it):
 * removes `tabKey`, then writes junk of shrinking sizes until each size is turned down, so that
 * storage is full to the last few bytes; resolves to the junk keys, for `emptySessionQuota`.
 */
export async function fillSessionQuota(tabKey: string): Promise<string[]> {
  await chrome.storage.session.remove([tabKey]);
  const keys: string[] = [];
  for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10]) {
    // The quota is 10 MB: at most ten writes of each size before one is turned down.
    let refused = false;
    for (let write = 0; write < 12 && !refused; write++) {
      const key = `junk:${keys.length}`;
      refused = await chrome.storage.session.set({ [key]: "x".repeat(size) }).then(
        () => false,
        () => true,
      );
      if (!refused) keys.push(key);
    }
    // Twelve megabytes taken: the browser enforces no quota, and the test would mean nothing. (The
    // smallest writes may all be taken: Chrome counts the last bytes loosely.)
    if (!refused && size === 1_000_000) throw new Error("storage.session took 12 MB: no quota");
  }
  return keys;
}

/** Runs in an extension context: removes the junk `fillSessionQuota` wrote. */
export const emptySessionQuota = (keys: string[]) => chrome.storage.session.remove(keys);
