import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env, requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const adapter = new PrismaPg({
    connectionString: requireDatabaseUrl(),
    max: env.DATABASE_POOL_SIZE,
  });
  // Password hashes never leave the data layer by accident: they must be selected explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { rehearseDb?: Client };

export const db: Client = globalForDb.rehearseDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.rehearseDb = db;
