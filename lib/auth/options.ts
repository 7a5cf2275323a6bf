import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { SECURE_COOKIES, SESSION_COOKIE } from "@/lib/auth/cookies";
import { authorizeWithPassword, type SignInCounters } from "@/lib/auth/sign-in";
import { decode, encode } from "@/lib/auth/jwt";
import { endSession, openSession, SESSION_MAX_AGE_SECONDS } from "@/lib/dal/users";
import { db } from "@/lib/db";
import { authSecret, env } from "@/lib/env";

const oauthProviders = [
  ...(env.GITHUB_ID && env.GITHUB_SECRET
    ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })]
    : []),
  ...(env.GOOGLE_ID && env.GOOGLE_SECRET
    ? [GoogleProvider({ clientId: env.GOOGLE_ID, clientSecret: env.GOOGLE_SECRET })]
    : []),
];

const prismaAdapter = PrismaAdapter(db as never) as Adapter;

/** Emails are stored lowercase, as sign-up stores them, so one address is one account. */
const adapter: Adapter = {
  ...prismaAdapter,
  createUser: (user: Omit<AdapterUser, "id">) =>
    prismaAdapter.createUser!({ ...user, email: user.email.toLowerCase() }),
  getUserByEmail: (email) => prismaAdapter.getUserByEmail!(email.toLowerCase()),
};

export const enabledOAuthProviders = oauthProviders.map((p) => ({ id: p.id, name: p.name }));

/**
 * Sessions are JWT cookies that name a row in the Session table (`sid`). Every request checks
 * that row (lib/auth/session.ts), so signing out — here, everywhere, or by a password change —
 * ends a session on the server, not only in the browser that asked.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  // Only OAuth sign-ins go through the adapter (it stores their users and accounts).
  adapter,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { encode, decode },
  useSecureCookies: SECURE_COOKIES,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: SECURE_COOKIES },
    },
  },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, req) => authorizeWithPassword(credentials, req.headers),
    }),
    ...oauthProviders,
  ],
  callbacks: {
    async jwt({ token, user }) {
      // At sign-in only: open a server-side session and keep nothing else in the cookie. A
      // password sign-in also clears the account's attempt counters and remembers the address.
      if (user) {
        const counters = "signInCounters" in user ? (user.signInCounters as SignInCounters) : undefined;
        return { sub: user.id, sid: await openSession(user.id, counters) };
      }
      return token;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      // A refused sign-in is the user's mistake, not the server's.
      if (code === "CREDENTIALS_SIGNIN_ERROR" || code === "SIGNIN_EMAIL_ERROR") return;
      console.error(`[auth] ${code}`, metadata);
    },
    warn() {},
    debug() {},
  },
};
