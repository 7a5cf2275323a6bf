import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const nameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Keep your name under 80 characters.")
  .refine(
    (name) => !/[\u0000-\u001f\u007f]/.test(name),
    "Your name contains characters that can't be shown.",
  );

// No composition rules: length, and not a known common password (checked on the server).
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const signUpSchema = z.object({ name: nameSchema, email: emailSchema, password: newPasswordSchema });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, "That password is too long."),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
  newPassword: newPasswordSchema,
});

export const updateNameSchema = z.object({ name: nameSchema });

export const deleteAccountSchema = z.object({ confirmEmail: emailSchema });

export type FieldErrors = Record<string, string[] | undefined>;
