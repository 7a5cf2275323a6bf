// Hostile values for fuzzing: wrong types, huge strings (up to 1 MB), awkward unicode (lone
// surrogates, right-to-left overrides, zero-width characters, NUL), numbers that break parsers,
// prototype-pollution keys and malformed JSON.
import fc from "fast-check";

const MB = 1024 * 1024;

/** Built once: generating megabytes per run would take most of the time budget. */
export const HUGE = [
  "x".repeat(MB),
  "\u0000".repeat(MB / 4),
  "😀".repeat(MB / 4),
  "\ud800".repeat(MB / 4),
  "\u202e\u200b".repeat(MB / 4),
  "9".repeat(MB),
];

export const PROTO_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "__defineGetter__",
];

const CURIOUS = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\u202egnp.exe",
  "\u200b",
  "\ufeff",
  "\u0007",
  "null",
  "undefined",
  "NaN",
  "-1",
  "-0",
  "1e309",
  "Infinity",
  "0x1f",
  "9007199254740993",
  "1.5",
  "١٢٣",
  "../../etc/passwd",
  "%00",
  "%2e%2e%2f",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "${7*7}",
  "ａｂｃ",
  ...PROTO_KEYS,
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Short or enormous strings that exercise parsers, encoders and the database. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CURIOUS) },
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string(), fc.constantFrom("\u0000", "\u0007", "\u001b[2J", "\u202e"))
      .map(([s, c]) => `${s}${c}${s}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

/** A hostile string that contains `forbidden` nowhere near equal: for "anything but the right value". */
export const otherThan = (...forbidden: string[]) =>
  nastyString.filter((s) => !forbidden.some((f) => s.trim().toLowerCase() === f.toLowerCase()));

/** Values of any JSON-able or structured type, with prototype keys in objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    NaN,
    Infinity,
    -Infinity,
    2 ** 53,
    -(2 ** 31) - 1,
    1e308,
  ),
  nastyString,
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.array(nastyString, { maxLength: 5 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 })), nastyString, {
    maxKeys: 4,
  }),
  fc.anything({ maxDepth: 2, withBigInt: true, withMap: true, withSet: true, withNullPrototype: true }),
);

/** Text that isn't JSON. */
export const malformedJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "{",
    "[1,2",
    '{"a":',
    "nul",
    "{'a':1}",
    "\u0000",
    '{"position":0,}',
    "<xml/>",
    "a=1&b=2",
  ),
  fc.string({ unit: codeUnit, maxLength: 200 }).filter((s) => {
    try {
      JSON.parse(s);
      return false;
    } catch {
      return true;
    }
  }),
);

export const wrongContentType = fc.constantFrom(
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/json; charset=utf-16",
  "",
  "\u0000",
);

/** A FormData field's value: text, or a file where text is expected. */
export const formValue: fc.Arbitrary<string | Blob> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constant(new File(["%PDF-1.4"], "a.pdf", { type: "application/pdf" })) },
);

/** Extra fields no form has, prototype keys among their names. */
export const extraFields = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(...PROTO_KEYS, "$ACTION_ID_x", "1_$ACTION_REF_1", ""),
      fc.string({ maxLength: 12 }),
    ),
    formValue,
  ),
  { maxLength: 4 },
);
