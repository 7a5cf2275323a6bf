// Questions and users that one test file creates for itself, tagged with the file's own random
// tag so that cleanup removes exactly them and nothing seeded or made by another file.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionSearch } from "@/lib/validations/question";
import { createTestClient, uniqueWord } from "@/tests/db";

export function questionFixtures() {
  const prisma = createTestClient();
  const run = uniqueWord("run");
  const userIds: string[] = [];
  let counter = 0;

  /** A public bank-style question unless told otherwise; `tags` are added to the run's tag. */
  async function makeQuestion(data: Partial<Prisma.QuestionUncheckedCreateInput> = {}) {
    counter += 1;
    return prisma.question.create({
      data: {
        slug: `${run}-${counter}`,
        prompt: "Placeholder prompt",
        whyAsked: "Placeholder reason",
        answerNotes: "Placeholder notes",
        keyPoints: ["one", "two", "three"],
        difficulty: "MEDIUM",
        suggestedSeconds: 120,
        ...data,
        tags: [run, ...((data.tags as string[] | undefined) ?? [])],
      },
      select: { id: true, slug: true },
    });
  }

  async function makeUser() {
    const user = await prisma.user.create({
      data: { email: `${uniqueWord("u")}@rehearse.test` },
      select: { id: true },
    });
    userIds.push(user.id);
    return user;
  }

  async function cleanup() {
    await prisma.question.deleteMany({ where: { tags: { has: run } } });
    await prisma.user.deleteMany({ where: { id: { in: userIds } } });
    await prisma.$disconnect();
  }

  return { run, makeQuestion, makeUser, cleanup };
}

/** A search with the defaults parseQuestionSearch would give. */
export function search(partial: Partial<QuestionSearch>): QuestionSearch {
  return { q: "", tags: [], page: 1, ...partial };
}

export const slugs = (page: { items: { slug: string }[] }) => page.items.map((i) => i.slug);
