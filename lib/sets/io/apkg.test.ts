import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { buildApkg } from "@/tests/anki";
import { writeApkgSet } from "./anki-write";
import { fullSet } from "./fixtures.test-helpers";
import { previewImport } from "./import";

describe("Anki .apkg files", () => {
  it("reads a deck: front → question, back → Markdown answer, tags kept, key points derived", async () => {
    const apkg = await buildApkg({
      deckName: "Interview::Networking",
      notes: [
        {
          fields: [
            "What does <b>DNS</b> do?",
            "<div>It maps names to addresses.</div><ul><li>Recursive resolvers</li><li>Caching by <i>TTL</i></li></ul>",
          ],
          tags: ["net::dns", "Basics"],
        },
        { fields: ["What is TCP?&nbsp;", "A reliable, ordered byte stream. It retransmits lost segments."] },
      ],
    });
    const preview = await previewImport("deck.apkg", apkg);
    expect(preview.format).toBe("apkg");
    expect(preview.file.title).toBe("Networking");
    const [dns, tcp] = preview.file.questions;
    expect(dns).toMatchObject({
      prompt: "What does DNS do?",
      tags: ["net-dns", "basics"],
      keyPoints: ["Recursive resolvers", "Caching by TTL"],
      difficulty: "MEDIUM",
    });
    expect(dns!.answerNotes).toMatch(
      /It maps names to addresses\.\n\n- Recursive resolvers\n- Caching by _TTL_/,
    );
    expect(tcp).toMatchObject({
      prompt: "What is TCP?",
      keyPoints: ["A reliable, ordered byte stream.", "It retransmits lost segments."],
    });
    expect(preview.warnings).toEqual([
      "2 questions had no key points, so they were taken from the answers (1 from a list in the answer, 1 from the answer's first sentences). Check them after importing.",
    ]);
  });

  it("skips media with one warning and drops scripts, styles and handlers", async () => {
    const apkg = await buildApkg({
      notes: [
        {
          fields: [
            'Name this sound [sound:bell.mp3] <img src="x.png" onerror="alert(1)">',
            '<script>alert(2)</script><style>b{color:red}</style><p onclick="alert(3)">A <a href="javascript:alert(4)">bell</a>.</p><img src="y.jpg">',
          ],
        },
      ],
      media: { "bell.mp3": new Uint8Array([1, 2, 3]), "x.png": new Uint8Array([4]) },
    });
    const preview = await previewImport("media.apkg", apkg);
    expect(preview.warnings).toContain("3 media files skipped: imports keep text only.");
    const [q] = preview.file.questions;
    expect(q!.prompt).toBe("Name this sound");
    expect(q!.answerNotes).not.toMatch(/alert\(2\)|color:red|onclick/);
    expect(renderMarkdown(q!.answerNotes)).not.toMatch(/<script|onclick|href="javascript:|<img|<style/i);
  });

  it("reads cloze notes: blanks in the question, the text filled in as the answer", async () => {
    const apkg = await buildApkg({
      cloze: true,
      notes: [
        {
          fields: [
            "The {{c1::event loop}} runs {{c2::callbacks::what}} when the stack is empty.",
            "Extra detail.",
          ],
        },
      ],
    });
    const [q] = (await previewImport("cloze.apkg", apkg)).file.questions;
    expect(q!.prompt).toBe("The […] runs [what] when the stack is empty.");
    expect(q!.answerNotes).toBe("The event loop runs callbacks when the stack is empty.\n\nExtra detail.");
  });

  it("prefers collection.anki21 and reads custom field names", async () => {
    const apkg = await buildApkg({
      collectionName: "collection.anki21",
      fieldNames: ["Notes", "Question", "Answer"],
      notes: [{ fields: ["ignored", "What is a heap?", "A tree-shaped priority queue."] }],
    });
    const [q] = (await previewImport("heap.apkg", apkg)).file.questions;
    expect(q).toMatchObject({ prompt: "What is a heap?", answerNotes: "A tree-shaped priority queue." });
  });

  it("round-trips its own export: questions, answers as Markdown, tags", async () => {
    const apkg = await writeApkgSet(fullSet);
    const preview = await previewImport("export.apkg", apkg);
    expect(preview.file.title).toBe(fullSet.title);
    expect(preview.file.questions.map((q) => [q.prompt, q.tags])).toEqual(
      fullSet.questions.map((q) => [q.prompt, q.tags]),
    );
    const index = preview.file.questions[0]!.answerNotes;
    expect(index).toContain("An index is a **sorted** structure.");
    expect(index).toContain("- Writes get slower\n- It takes space");
    expect(index).toContain("```sql\n## not a heading\nCREATE INDEX ON t (a);\n```");
    expect(preview.file.questions[1]!.keyPoints).toEqual([
      "Calling it twice has the same effect as once.",
      "PUT and DELETE are.",
    ]);
  });

  it.each([
    [
      "a file that isn't a zip",
      () => Promise.resolve(new TextEncoder().encode("SQLite format 3\0 not a zip")),
      /isn't a zip archive/,
    ],
    [
      "only the newest Anki format",
      () => buildApkg({ notes: [], newFormatOnly: true }),
      /"Support older Anki versions"/,
    ],
    [
      "a collection without notes",
      () => buildApkg({ notes: [{ fields: ["a", "b"] }], dropTables: ["notes"] }),
      /no "notes" table/,
    ],
    [
      "a deck without any collection",
      async () => (await import("fflate")).zipSync({ media: new TextEncoder().encode("{}") }),
      /no Anki collection/,
    ],
  ])("refuses %s with a clear message", async (_, build, message) => {
    await expect(previewImport("deck.apkg", await build())).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(message),
    });
  });

  it("refuses a collection that isn't SQLite", async () => {
    const { zipSync } = await import("fflate");
    const apkg = zipSync({ "collection.anki2": new TextEncoder().encode("definitely not a database") });
    await expect(previewImport("deck.apkg", apkg)).rejects.toMatchObject({
      message: expect.stringMatching(/isn't a SQLite database/),
    });
  });
});
