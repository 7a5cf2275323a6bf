import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fullSet } from "@/lib/sets/io/fixtures.test-helpers";
import { setFileSchema } from "@/lib/validations/set-file";
import { userFixtures, type TestUser } from "@/tests/users";
import { getSetForExport } from "./set-export";
import { importSet } from "./set-import";

const fx = userFixtures();
let owner: TestUser;
let other: TestUser;
let setId: string;
const file = setFileSchema.parse(fullSet);

beforeAll(async () => {
  [owner, other] = [await fx.makeUser(), await fx.makeUser()];
  setId = (await importSet({ userId: owner.id, file })).id;
});

afterAll(async () => {
  await fx.prisma.question.deleteMany({ where: { authorId: owner.id } });
  await fx.cleanup();
  await db.$disconnect();
});

const setVisibility = (visibility: "PRIVATE" | "LINK" | "PUBLIC") =>
  fx.prisma.questionSet.update({ where: { id: setId }, data: { visibility } });

describe("getSetForExport", () => {
  it("gives the owner the whole set, in order, as a set file", async () => {
    expect(await getSetForExport({ userId: owner.id, setId })).toEqual(file);
  });

  it("gives nothing to another user unless the set is public", async () => {
    for (const visibility of ["PRIVATE", "LINK"] as const) {
      await setVisibility(visibility);
      expect(await getSetForExport({ userId: other.id, setId })).toBeNull();
    }
    expect(await getSetForExport({ userId: other.id, setId: "nosuchsetid0000" })).toBeNull();
  });

  it("exports a public set whole to anyone, as cloning copies it, its owner's private questions included", async () => {
    await setVisibility("PUBLIC");
    const first = await fx.prisma.questionSetItem.findFirstOrThrow({
      where: { setId, position: 0 },
      select: { questionId: true },
    });
    await fx.prisma.question.update({ where: { id: first.questionId }, data: { visibility: "PUBLIC" } });
    expect(await getSetForExport({ userId: other.id, setId })).toEqual(file);
    expect(await getSetForExport({ userId: owner.id, setId })).toEqual(file);
  });
});
