import { defineConfig } from "prisma/config";

// The CLI reads DATABASE_URL only for `prisma migrate deploy` and friends;
// the app itself gets its URL from lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node --import tsx scripts/db/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/rehearse" },
});
