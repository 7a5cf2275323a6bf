// How to fuzz each server action: for every form field that decides whether the input is
// acceptable, values that can only be refused; the fields that take free text, where hostile text
// may be accepted but must never crash. Keys match the action matrix, so a new action needs both.
import fc from "fast-check";
import { HUGE, nastyString, otherThan } from "./hostile";
import type { Ids } from "./world";

type Value = string | Blob;
export type FieldArbitraries = Record<string, fc.Arbitrary<Value | Value[]>>;

export interface ActionFuzz {
  /** Values that make the input unacceptable; each run puts them in at least one of these fields. */
  invalid?: (ids: Ids) => FieldArbitraries;
  /** Fields of free text: hostile text there may be accepted, but never crashes anything. */
  text?: string[];
  /** An action of plain arguments (not a form): fed any values at all. */
  anyArgs?: boolean;
  /** Why an action isn't fuzzed. */
  skip?: string;
}

const file = fc.constant(new File(["%PDF-1.4"], "a.pdf", { type: "application/pdf" }));
// Control characters are dropped from text, so a megabyte of NUL isn't too long: it is empty.
const tooLong = fc.constantFrom(...HUGE.filter((s) => !s.startsWith("\u0000")));
const blank = fc.constantFrom("", "   ", "\n\t");
/** Anything but `real`, sometimes as a repeated field whose first value is the bad one. */
const notThis = (...real: string[]) =>
  fc.oneof(
    otherThan(...real),
    file,
    fc.tuple(otherThan(...real), fc.constantFrom(...real)).map((v) => [...v]),
  );
// A file where an optional field's text belongs reads as "not set", which is valid: no files here.
const badNumber = (...more: string[]) =>
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "abc",
    "1.5",
    "-1",
    "0x",
    "١٢",
    "9".repeat(1024 * 1024),
    ...more,
  );
const badEnum = (...allowed: string[]) =>
  otherThan(...allowed).filter((s) => s.trim() !== "" && !allowed.includes(s.trim().toUpperCase()));
const badText = fc.oneof(blank, tooLong);
const badName = fc.oneof(blank, tooLong, file, fc.constantFrom("a\u0000b", "bell\u0007", "x".repeat(81)));
const badPassword = fc.oneof(fc.constantFrom("", "short", "1234567"), tooLong, file);
const badEmail = fc.oneof(
  nastyString.filter((s) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.trim())),
  file,
);
const badDifficulty = badEnum("EASY", "MEDIUM", "HARD");
const badQuestion = {
  prompt: fc.oneof(badText, fc.constantFrom("abc", "\u0000\u0000\u0000\u0000\u0000x")),
  answerNotes: badText,
  difficulty: badDifficulty,
};

export const actionFuzz: Record<string, ActionFuzz> = {
  "account.changePassword": {
    invalid: (ids) => ({ currentPassword: notThis(ids.password), newPassword: badPassword }),
  },
  "account.deleteAccount": { invalid: (ids) => ({ confirmEmail: notThis(ids.email) }) },
  "account.signOutEverywhere": { skip: "takes no input: every argument is ignored" },
  "account.updateName": { invalid: () => ({ name: badName }), text: ["name"] },
  "auth.signUp": {
    invalid: () => ({ name: badName, email: badEmail, password: badPassword }),
    text: ["name"],
  },
  "interviews.startInterview": {
    invalid: () => ({
      count: badNumber("0", "31"),
      order: badEnum("RANDOM", "FIXED"),
      mode: badEnum("STRICT", "PRACTICE"),
      difficulty: badDifficulty,
    }),
  },
  "markdown-preview.previewMarkdown": { anyArgs: true },
  "progress.practiseQuestions": {
    invalid: (ids) => ({
      questionId: fc.oneof(
        fc.array(otherThan(ids.privateQuestion.id), { minLength: 1, maxLength: 40 }),
        fc.constant([ids.privateQuestion.id, ids.privateQuestion.id] as string[]),
      ),
    }),
  },
  "questions.canEditQuestion": { anyArgs: true },
  "questions.createQuestion": {
    invalid: () => badQuestion,
    text: ["prompt", "whyAsked", "answerNotes", "keyPoints", "tags"],
  },
  "questions.deleteQuestion": { invalid: (ids) => ({ slug: notThis(ids.privateQuestion.slug) }) },
  "questions.makeQuestionPrivate": { invalid: (ids) => ({ slug: notThis(ids.privateQuestion.slug) }) },
  "questions.updateQuestion": {
    invalid: (ids) => ({ slug: notThis(ids.privateQuestion.slug), ...badQuestion }),
    text: ["prompt", "whyAsked", "answerNotes", "keyPoints", "tags"],
  },
  "review.practiseDueQuestions": { invalid: () => ({ count: badNumber("0", "31") }) },
  "review.saveInterviewDate": {
    invalid: () => ({
      interviewAt: fc.oneof(
        blank,
        tooLong,
        file,
        fc.constantFrom("2000-01-01", "9999-12-31", "2031-02-30", "tomorrow", "2031-13-01", "\u0000"),
      ),
    }),
  },
  "set-items.addQuestionToSet": {
    invalid: (ids) => ({ setId: notThis(ids.setId), slug: notThis(ids.spare.slug) }),
  },
  "set-items.moveQuestionInSet": {
    invalid: (ids) => ({
      setId: notThis(ids.setId),
      questionId: notThis(ids.inSet[0]!.id),
      to: badNumber("1e9"),
    }),
  },
  "set-items.removeQuestionFromSet": {
    invalid: (ids) => ({ setId: notThis(ids.setId), questionId: notThis(ids.inSet[0]!.id) }),
  },
  "set-items.setQuestionTime": {
    invalid: (ids) => ({
      setId: notThis(ids.setId),
      questionId: notThis(ids.inSet[0]!.id),
      seconds: badNumber("0"),
    }),
  },
  "set-items.writeQuestionInSet": {
    invalid: (ids) => ({ setId: notThis(ids.setId), ...badQuestion, keyPoints: fc.oneof(blank, tooLong) }),
    text: ["prompt", "answerNotes", "keyPoints", "tags"],
  },
  "sets.changeSharing": {
    invalid: (ids) => ({ setId: notThis(ids.setId), visibility: badEnum("PRIVATE", "LINK", "PUBLIC") }),
  },
  "sets.copySet": { invalid: (ids) => ({ setId: notThis(ids.setId) }) },
  "sets.createSet": { invalid: () => ({ title: badText }), text: ["title", "description"] },
  "sets.deleteSet": { invalid: (ids) => ({ setId: notThis(ids.setId) }) },
  "sets.saveSetDetails": {
    invalid: (ids) => ({ setId: notThis(ids.setId), title: badText, description: tooLong }),
    text: ["title", "description"],
  },
  "sets.startSetInterview": {
    invalid: (ids) => ({ setId: notThis(ids.setId), mode: badEnum("STRICT", "PRACTICE") }),
  },
};
