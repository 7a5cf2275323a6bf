import type { Metadata } from "next";
import { BankResults } from "@/components/questions/bank-results";
import { parseSearchKey, questionSearchHref } from "@/lib/validations/question";

// /questions?… is rewritten here by proxy.ts, one path per distinct search, so every result page
// is a static page: rendered on its first visit, served from cache, refreshed at most every minute.
export const revalidate = 60;
export const generateStaticParams = async () => [];

export async function generateMetadata(props: PageProps<"/questions/results/[key]">): Promise<Metadata> {
  const search = parseSearchKey((await props.params).key);
  return { title: "Question bank", alternates: { canonical: questionSearchHref(search) } };
}

export default async function QuestionResultsPage(props: PageProps<"/questions/results/[key]">) {
  return <BankResults search={parseSearchKey((await props.params).key)} />;
}
