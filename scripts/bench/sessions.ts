// Session cookies for the signed-in load scenarios: members sign in through next-auth's own
// endpoints, a few at a time, each from its own network address so no rate limit is shared.
import { signIn } from "./auth.ts";
import { memberEmail } from "./population.ts";

const AT_ONCE = 4;

export interface Member {
  /** 1-based number of the generated member. */
  n: number;
  cookie: string;
}

/** Signs in members 1…count and returns their cookies, in member order. */
export async function signInMembers(origin: string, count: number): Promise<Member[]> {
  const members: Member[] = new Array<Member>(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const n = i + 1;
      const address = `10.20.${n >> 8}.${n & 255}`;
      members[i] = { n, cookie: (await signIn(origin, memberEmail(n), address)).cookie };
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return members;
}
