import type { Metadata } from "next";
import { BankResults } from "@/components/questions/bank-results";
import { parseQuestionSearch } from "@/lib/validations/question";

export const metadata: Metadata = { title: "Question bank" };

// proxy.ts normally rewrites /questions to the cached results/[key] page; this renders the same
// list directly if a request ever arrives here.
export default async function QuestionsPage(props: PageProps<"/questions">) {
  return <BankResults search={parseQuestionSearch(await props.searchParams)} />;
}
