import NextLink, { type LinkProps } from "next/link";

/**
 * `next/link` without prefetching, for every link in the app. Every page renders per request (its
 * scripts carry that response's CSP nonce) and none has a loading state, so a prefetch fetched
 * nothing a click could reuse: it only cost the server a render per visible link (two, with
 * segment prefetching) while the page was still loading.
 */
export default function Link<RouteType>(props: LinkProps<RouteType>) {
  return <NextLink prefetch={false} {...props} />;
}
