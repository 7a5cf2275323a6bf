/** The sentence shown for a sign-in error code (from next-auth's `error`). */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const limited = /^rate_limited:(\d+)$/.exec(code);
  if (limited) {
    const minutes = Math.max(1, Math.ceil(Number(limited[1]) / 60));
    return `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (code === "unavailable") return "Rehearse is temporarily unavailable. Try again in a few seconds.";
  if (code === "invalid_input") return "Enter a valid email address and your password.";
  if (code === "OAuthAccountNotLinked")
    return "That email already has an account here. Sign in with your password, then link the provider.";
  if (code === "invalid_credentials" || code === "CredentialsSignin")
    return "That email and password don't match an account.";
  return "Sign-in didn't work this time. Please try again.";
}
