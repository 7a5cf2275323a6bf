/**
 * The request body as bytes, or null once it passes `limit` (by its Content-Length or by counting
 * while reading, whichever comes first): reading stops there.
 */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
