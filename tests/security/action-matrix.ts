// One entry per server action: how to call it with valid input naming the owner's things, and who
// may. "owner": only the owner of what the input names (anyone else: refused, nothing changed, and
// the refusal reads exactly like one for something that doesn't exist). "self": acts on the
// caller's own account only, so another user's call is their own business. "public": open by design.
import type { Ids } from "./world";

export type FormFields = Record<string, string | string[]>;

/** A FormData as a browser would post it; arrays become repeated fields. */
export function formOf(fields: FormFields): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

export interface ActionEntry {
  access: "owner" | "self" | "public";
  /** Why a "self" or "public" action doesn't refuse other users. */
  why?: string;
  /** The form fields (or, for actions that take no form, the arguments) for the owner's things. */
  fields?: (ids: Ids) => FormFields;
  args?: (ids: Ids) => unknown[];
  /** Actions that answer a plain value instead of an ActionResult: what each caller gets. */
  answers?: { anonymous: unknown; stranger: unknown; owner: unknown };
  /** A call mixing the attacker's own things with the victim's: refused as well. */
  mixed?: (victim: Ids, attacker: Ids) => FormFields;
}

const question = (ids: Ids, extra: FormFields = {}): FormFields => ({
  slug: ids.privateQuestion.slug,
  prompt: "Explain cold starts in detail.",
  answerNotes: "Notes",
  keyPoints: ["Init phase"],
  tags: ["lambda"],
  difficulty: "MEDIUM",
  suggestedSeconds: "90",
  visibility: "PRIVATE",
  ...extra,
});

const SELF = "acts only on the signed-in caller's own account; the input names nothing of anyone else's";

export const actionMatrix: Record<string, ActionEntry> = {
  "account.changePassword": {
    access: "owner",
    fields: (ids) => ({ currentPassword: ids.password, newPassword: "violet harbour stepladder 31" }),
  },
  "account.deleteAccount": { access: "owner", fields: (ids) => ({ confirmEmail: ids.email }) },
  "account.signOutEverywhere": { access: "self", why: SELF, args: () => [] },
  "account.updateName": { access: "self", why: SELF, fields: () => ({ name: "Renamed Owner" }) },
  "auth.signUp": {
    access: "public",
    why: "creating an account is what a visitor does before there is anyone to sign in as",
    fields: (ids) => ({
      name: "New Person",
      email: ids.newEmail,
      password: "quiet lantern over basalt 47",
    }),
  },
  "interviews.startInterview": {
    access: "self",
    why: `${SELF} (the questions come from the bank and the caller's own)`,
    fields: () => ({ count: "1", order: "random", mode: "STRICT", timing: "suggested" }),
  },
  "markdown-preview.previewMarkdown": {
    access: "self",
    why: "renders the text it is given and reads nothing stored",
    args: () => ["**bold**"],
  },
  "progress.practiseQuestions": {
    access: "owner",
    fields: (ids) => ({ questionId: [ids.privateQuestion.id] }),
  },
  "questions.canEditQuestion": {
    access: "owner",
    args: (ids) => [ids.privateQuestion.slug],
    answers: { anonymous: false, stranger: false, owner: true },
  },
  "questions.createQuestion": {
    access: "self",
    why: `${SELF} (the new question is the caller's)`,
    fields: (ids) => question(ids),
  },
  "questions.deleteQuestion": { access: "owner", fields: (ids) => ({ slug: ids.privateQuestion.slug }) },
  "questions.makeQuestionPrivate": { access: "owner", fields: (ids) => ({ slug: ids.privateQuestion.slug }) },
  "questions.updateQuestion": { access: "owner", fields: (ids) => question(ids) },
  "review.practiseDueQuestions": {
    access: "self",
    why: `${SELF} (the caller's own review queue)`,
    fields: () => ({ count: "2", timing: "suggested" }),
  },
  "review.saveInterviewDate": {
    access: "self",
    why: SELF,
    fields: () => ({ interviewAt: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) }),
  },
  "set-items.addQuestionToSet": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, slug: ids.spare.slug }),
    mixed: (victim, attacker) => ({ setId: attacker.setId, slug: victim.privateQuestion.slug }),
  },
  "set-items.moveQuestionInSet": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, questionId: ids.inSet[0]!.id, to: "1" }),
  },
  "set-items.removeQuestionFromSet": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, questionId: ids.inSet[0]!.id }),
  },
  "set-items.setQuestionTime": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, questionId: ids.inSet[0]!.id, seconds: "45" }),
  },
  "set-items.writeQuestionInSet": {
    access: "owner",
    fields: (ids) => ({
      setId: ids.setId,
      prompt: "Explain idempotency keys.",
      answerNotes: "Retries are safe.",
      keyPoints: "dedupe\nstore",
      difficulty: "MEDIUM",
      suggestedSeconds: "90",
    }),
  },
  "sets.changeSharing": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, visibility: "PUBLIC", intent: "visibility" }),
  },
  "sets.copySet": { access: "owner", fields: (ids) => ({ setId: ids.setId, kind: "duplicate" }) },
  "sets.createSet": {
    access: "self",
    why: `${SELF} (the new set is the caller's)`,
    fields: () => ({ title: "Mine" }),
  },
  "sets.deleteSet": { access: "owner", fields: (ids) => ({ setId: ids.setId }) },
  "sets.saveSetDetails": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, title: "Renamed", description: "d" }),
  },
  "sets.startSetInterview": {
    access: "owner",
    fields: (ids) => ({ setId: ids.setId, mode: "PRACTICE" }),
    mixed: (victim) => ({ setId: victim.setId, shareWithOwner: "on" }),
  },
};

/** The arguments an entry's action is called with. */
export function argsOf(entry: ActionEntry, ids: Ids): unknown[] {
  if (entry.args) return entry.args(ids);
  return [null, formOf(entry.fields!(ids))];
}
