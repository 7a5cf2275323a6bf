/** Tests write to the database, so they only ever run against one on this machine. */
export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (!["127.0.0.1", "localhost", "::1"].includes(host) && !host.startsWith("127.")) {
    throw new Error(
      `Refusing to run tests against a non-local database (${host}). Point DATABASE_URL at this machine.`,
    );
  }
}
