import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SET_LIMITS } from "@/lib/sets/limits";
import type { SetVisibilityValue } from "@/lib/validations/sets";
import { insertQuestions, questionContentSelect } from "./question-writes";
import { lockOwnedSet, setItems, setNotFound, type SetTx } from "./sets";

/** 32 random bytes, base64url: a link nobody can guess. */
export const newShareToken = () => randomBytes(32).toString("base64url");

async function ownedSharing(tx: SetTx, setId: string, userId: string) {
  await lockOwnedSet(tx, setId, userId);
  return tx.questionSet.findUniqueOrThrow({
    where: { id: setId },
    select: { visibility: true, shareToken: true },
  });
}

async function saveSharing(
  tx: SetTx,
  setId: string,
  data: { visibility: SetVisibilityValue; shareToken: string | null },
) {
  await tx.questionSet.update({ where: { id: setId }, data, select: { id: true } });
  return data;
}

/**
 * Private ends every link; link sharing makes a token if there is none; public keeps the link
 * working for those who have it.
 */
export function setVisibility(args: { userId: string; setId: string; visibility: SetVisibilityValue }) {
  return db.$transaction(async (tx) => {
    const current = await ownedSharing(tx, args.setId, args.userId);
    const shareToken =
      args.visibility === "PRIVATE"
        ? null
        : args.visibility === "LINK"
          ? (current.shareToken ?? newShareToken())
          : current.shareToken;
    return saveSharing(tx, args.setId, { visibility: args.visibility, shareToken });
  });
}

/** The link stops working; a set shared only by link becomes private. */
export function revokeShareLink(args: { userId: string; setId: string }) {
  return db.$transaction(async (tx) => {
    const current = await ownedSharing(tx, args.setId, args.userId);
    const visibility = current.visibility === "LINK" ? "PRIVATE" : current.visibility;
    return saveSharing(tx, args.setId, { visibility, shareToken: null });
  });
}

/** A new link replaces the old one, which stops working. */
export function regenerateShareLink(args: { userId: string; setId: string }) {
  return db.$transaction(async (tx) => {
    const current = await ownedSharing(tx, args.setId, args.userId);
    const visibility = current.visibility === "PRIVATE" ? "LINK" : current.visibility;
    return saveSharing(tx, args.setId, { visibility, shareToken: newShareToken() });
  });
}

type Source = { id: string; ownerId: string; title: string; description: string };

/**
 * Copies a set's questions into a new private set of `ownerId`. Another owner's private questions
 * are copied as the new owner's own private questions, so the copy keeps working for them.
 */
async function copySet(
  tx: SetTx,
  source: Source,
  ownerId: string,
  data: { title: string; clonedFromId?: string },
) {
  const items = await setItems(source.id, source.ownerId, tx);
  const toCopy =
    ownerId === source.ownerId
      ? []
      : await tx.question.findMany({
          where: {
            id: { in: items.map((i) => i.questionId) },
            visibility: "PRIVATE",
            authorId: source.ownerId,
          },
          select: { id: true, ...questionContentSelect },
        });
  const copies = await insertQuestions(
    ownerId,
    toCopy.map(({ id: _id, ...q }) => ({ ...q, visibility: "PRIVATE" as const })),
    tx,
  );
  const replaced = new Map(toCopy.map((q, i) => [q.id, copies[i]!.id]));
  const set = await tx.questionSet.create({
    data: {
      ownerId,
      title: data.title,
      description: source.description,
      clonedFromId: data.clonedFromId,
      items: {
        createMany: {
          data: items.map((item, position) => ({
            questionId: replaced.get(item.questionId) ?? item.questionId,
            position,
            secondsOverride: item.secondsOverride,
          })),
        },
      },
    },
    select: { id: true },
  });
  return set.id;
}

const sourceSelect = { id: true, ownerId: true, title: true, description: true } as const;

/** A copy of the user's own set, private, under a new title. */
export function duplicateSet(args: { userId: string; setId: string }) {
  return db.$transaction(async (tx) => {
    const source = await tx.questionSet.findFirst({
      where: { id: args.setId, ownerId: args.userId },
      select: sourceSelect,
    });
    if (!source) throw setNotFound();
    const title = `${source.title.slice(0, SET_LIMITS.title.max - 7)} (copy)`;
    return copySet(tx, source, args.userId, { title });
  });
}

/** Clones a public set (by id) or a link-shared one (by token) into the user's sets, crediting it. */
export function cloneSet(args: { userId: string; setId?: string; token?: string }) {
  const where: Prisma.QuestionSetWhereInput = args.token
    ? { shareToken: args.token, visibility: { in: ["LINK", "PUBLIC"] } }
    : { id: args.setId ?? "", visibility: "PUBLIC" };
  return db.$transaction(async (tx) => {
    const source = await tx.questionSet.findFirst({ where, select: sourceSelect });
    if (!source) throw setNotFound();
    return copySet(tx, source, args.userId, { title: source.title, clonedFromId: source.id });
  });
}
