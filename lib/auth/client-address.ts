/**
 * The client's address as the nearest proxy reports it: the last X-Forwarded-For entry (a proxy
 * appends the address it saw), else X-Real-IP. Values are trimmed and capped so a forged header
 * cannot make huge rate-limit keys.
 */
export function clientAddress(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").pop()?.trim();
  const address = last || headers.get("x-real-ip")?.trim() || "unknown";
  return address.slice(0, 64);
}
