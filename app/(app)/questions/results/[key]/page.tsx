import type { Metadata } from "next";
import { BankResults } from "@/components/questions/bank-results";
import { parseSearchKey, questionSearchHref } from "@/lib/validations/question";

// /questions?… is rewritten here (next.config.ts, proxy.ts), one path per distinct search. The page
// renders per request for its CSP nonce; each search's results are cached (components/questions).

export async function generateMetadata(props: PageProps<"/questions/results/[key]">): Promise<Metadata> {
  const search = parseSearchKey((await props.params).key);
  return { title: "Question bank", alternates: { canonical: questionSearchHref(search) } };
}

export default async function QuestionResultsPage(props: PageProps<"/questions/results/[key]">) {
  return <BankResults search={parseSearchKey((await props.params).key)} />;
}
